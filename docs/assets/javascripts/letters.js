// The page layer of every letter writer: reads the form the build made from
// the spec, asks Python for the letter, and writes the answer back with
// textContent only. It knows no letter: everything specific comes from the
// markup (data-generator, field names) or from Python's answer.

import { pythonWorker } from "./worker-client.mjs";

const STATUS = {
  loading: "The letter writer is loading. You can start filling in the form now.",
  ready: "Ready. Your letter updates as you type.",
  restarting: "The letter writer stopped. Starting it again…",
  failed:
    "The letter writer could not start on this device. Everything you typed is still here. " +
    "You can adapt the sample letter by hand, or reload the page to try again.",
};
const ERROR_TITLE_PREFIX = "Error: ";

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

class LetterWriter {
  constructor(root) {
    this.root = root;
    this.generator = root.dataset.generator;
    this.form = root.querySelector(".ns-form");
    this.summary = root.querySelector(".ns-error-summary");
    this.notices = root.querySelector(".ns-notices");
    this.status = root.querySelector(".ns-status");
    this.adviceBox = root.querySelector(".ns-advice");
    this.lettersBox = root.querySelector(".ns-letters");
    this.copyStatus = root.querySelector(".ns-copy-status");
    this.template = root.querySelector(".ns-letter-template");
    this.result = null; // Python's last answer for the reader's own values
    this.showErrors = false; // GOV.UK pattern: errors appear once they try to go on
    this.touched = false;
    this.sequence = 0;
    this.python = pythonWorker();
    this.scheduleRender = debounce(() => this.update(), 120);

    this.setUpGroups();
    this.form.addEventListener("input", () => this.changed());
    this.form.addEventListener("change", () => this.changed());
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.check();
    });
    root.addEventListener("click", (event) => this.clicked(event));
    this.unsubscribe = this.python.onState((state) => this.stateChanged(state));
  }

  // Values keyed by field name, exactly as typed; Python does the hygiene.
  values() {
    const values = {};
    for (const element of this.form.elements) {
      if (!element.name) continue;
      if (element.type === "radio") {
        if (element.checked) values[element.name] = element.value;
        else values[element.name] ??= "";
      } else if (element.type === "checkbox") {
        values[element.name] ??= [];
        if (element.checked) values[element.name].push(element.value);
      } else {
        values[element.name] = element.value;
      }
    }
    return values;
  }

  changed() {
    this.touched = true;
    // Marks a render as owed until Python has answered the latest values.
    this.root.dataset.rendering = "";
    this.sequence += 1; // an answer already on its way is now out of date
    this.scheduleRender();
  }

  stateChanged(state) {
    this.status.dataset.state = state;
    this.status.textContent = STATUS[state];
    if (state === "ready" && this.touched) this.update();
  }

  async update() {
    if (this.python.state !== "ready") return null;
    const mine = ++this.sequence;
    try {
      const result = await this.python.render(this.generator, this.values(), localToday());
      if (mine !== this.sequence) return null; // a newer keystroke already asked
      this.result = result;
      this.show(result);
      delete this.root.dataset.rendering;
      return result;
    } catch {
      return null; // the worker's state listener tells the reader
    }
  }

  show(result) {
    this.showLetters(result);
    this.showFieldMessages(result);
    this.showAdvice(result);
    if (this.showErrors) this.showSummary(result, false);
  }

  showLetters(result) {
    for (const sample of this.root.querySelectorAll("[data-sample]")) delete sample.dataset.sample;
    this.root.querySelector(".ns-sample-note")?.remove();
    this.lettersBox.dataset.draft = result.ok ? "false" : "true";
    const articles = result.letters.map((letter) => {
      const article = this.template.content.firstElementChild.cloneNode(true);
      article.dataset.layout = letter.layout;
      article.querySelector(".ns-letter__heading").textContent = letter.heading;
      article.querySelector(".ns-letter__subject").textContent = letter.subject;
      article.querySelector(".ns-letter__part--subject").hidden = !letter.subject;
      article.querySelector(".ns-letter__body-label").textContent = letter.body_label;
      article.querySelector(".ns-letter__body").textContent = letter.body;
      return article;
    });
    this.lettersBox.replaceChildren(...articles);
  }

  fieldParts(key) {
    const field = this.form.querySelector(`[data-field="${CSS.escape(key)}"]`);
    if (!field) return null;
    const control = field.querySelector("input, textarea, select");
    const describer = field.querySelector("fieldset") ?? control;
    return { field, control, describer };
  }

  // The error and advice for each field sit beside it and join its
  // accessible description only while shown.
  showFieldMessages(result) {
    const errors = new Map();
    if (this.showErrors) for (const e of result.errors) if (e.field && !errors.has(e.field)) errors.set(e.field, e.text);
    const advice = new Map();
    for (const m of [...result.notices, ...result.advice]) {
      if (m.field) advice.set(m.field, advice.has(m.field) ? `${advice.get(m.field)} ${m.text}` : m.text);
    }
    for (const field of this.form.querySelectorAll("[data-field]")) {
      const key = field.dataset.field;
      const parts = this.fieldParts(key);
      const errorText = errors.get(key) ?? "";
      const adviceText = advice.get(key) ?? "";
      const error = field.querySelector(".ns-error-message");
      const note = field.querySelector(".ns-field-advice");
      error.replaceChildren();
      if (errorText) {
        const prefix = document.createElement("span");
        prefix.className = "md-visually-hidden ns-visually-hidden";
        prefix.textContent = "Error: ";
        error.append(prefix, errorText);
      }
      error.hidden = !errorText;
      note.textContent = adviceText;
      note.hidden = !adviceText;
      field.classList.toggle("ns-field--error", Boolean(errorText));
      for (const control of field.querySelectorAll("input, textarea, select")) {
        if (errorText) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
      const hint = field.querySelector(".ns-hint");
      const ids = [hint?.id, errorText && error.id, adviceText && note.id].filter(Boolean);
      if (ids.length) parts.describer.setAttribute("aria-describedby", ids.join(" "));
      else parts.describer.removeAttribute("aria-describedby");
    }
  }

  showAdvice(result) {
    const general = [...result.notices, ...result.advice].filter((m) => !m.field);
    const list = this.adviceBox.querySelector("ul");
    list.replaceChildren(
      ...general.map((m) => {
        const item = document.createElement("li");
        item.textContent = m.text;
        item.dataset.level = m.level;
        return item;
      }),
    );
    this.adviceBox.hidden = general.length === 0;
  }

  showSummary(result, focus) {
    const list = this.summary.querySelector("ul");
    const items = result.errors.map((e) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      const target = this.fieldParts(e.field)?.control;
      link.href = target ? `#${target.id}` : "#";
      link.textContent = e.text;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        target?.focus();
        target?.scrollIntoView({ block: "center" });
      });
      item.append(link);
      return item;
    });
    list.replaceChildren(...items);
    this.summary.hidden = items.length === 0;
    const title = document.title.startsWith(ERROR_TITLE_PREFIX) ? document.title.slice(ERROR_TITLE_PREFIX.length) : document.title;
    document.title = items.length ? ERROR_TITLE_PREFIX + title : title;
    if (items.length && focus) this.summary.focus();
  }

  // "Check my letter", and any action on a draft: show every problem at once.
  async check() {
    this.showErrors = true;
    this.touched = true;
    const result = await this.update();
    if (!result) return null;
    this.showSummary(result, true);
    if (result.ok) {
      this.status.textContent = "Your letter is ready to copy.";
      this.root.querySelector(".ns-output__title").scrollIntoView({ block: "start" });
    }
    return result;
  }

  setUpGroups() {
    for (const group of this.form.querySelectorAll("[data-group]")) {
      const rows = [...group.querySelectorAll(".ns-group__item")];
      const add = group.querySelector(".ns-group__add");
      const isEmpty = (row) => [...row.querySelectorAll("input, textarea")].every((c) => !c.value.trim());
      const refresh = () => {
        add.hidden = !rows.some((row) => row.hidden);
      };
      for (const row of rows.slice(1)) {
        row.hidden = isEmpty(row);
        const remove = row.querySelector(".ns-group__remove");
        remove.hidden = false;
        remove.addEventListener("click", () => {
          for (const control of row.querySelectorAll("input, textarea")) control.value = "";
          row.hidden = true;
          refresh();
          add.focus();
          this.changed();
        });
      }
      add.addEventListener("click", () => {
        const next = rows.find((row) => row.hidden);
        if (!next) return;
        next.hidden = false;
        next.querySelector("input, textarea")?.focus();
        refresh();
      });
      refresh();
    }
  }

  async clicked(event) {
    const button = event.target.closest("button[data-copy]");
    if (!button) return;
    if (this.touched) {
      if (this.python.state === "loading" || this.python.state === "restarting") {
        this.copyStatus.textContent = "Your letter is still being written. Try again in a moment.";
        return;
      }
      // Copy the letter for what is in the form now, not a keystroke ago.
      if (this.python.state === "ready" && !(await this.update())) return;
      // A draft with gaps is not to be sent: say what is missing instead.
      if (this.result && !this.result.ok) {
        await this.check();
        return;
      }
    }
    const article = button.closest(".ns-letter");
    const part = button.dataset.copy;
    const text = part === "subject"
      ? article.querySelector(".ns-letter__subject").textContent
      : article.querySelector(".ns-letter__body").textContent;
    const done = await copyText(text);
    this.copyStatus.textContent = done
      ? `${part === "subject" ? "Subject" : "Letter"} copied. Paste it into your email.`
      : "Copying is blocked here. Select the text and copy it yourself.";
  }
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const writers = new Set();

function initWriters() {
  // Writers of a page navigated away from stop listening to the worker.
  for (const writer of writers) {
    if (!writer.root.isConnected) {
      writer.unsubscribe();
      writers.delete(writer);
    }
  }
  for (const root of document.querySelectorAll(".ns-writer:not([data-ready])")) {
    root.dataset.ready = "";
    writers.add(new LetterWriter(root));
  }
}

// Material swaps pages without reloading (instant navigation): set up each
// page's writers whenever a new page is shown.
if (typeof document$ !== "undefined") document$.subscribe(initWriters);
else initWriters();
