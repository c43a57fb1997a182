// The page layer of every letter writer: reads the form the build made from
// the spec, asks Python for the letter, and writes the answer back with
// textContent only. It knows no letter: everything specific comes from the
// markup (data-generator, field names) or from Python's answer.

import { deleteEverything, loadDraft, remembering, saveDraft, setRemembering } from "./answer-store.mjs";
import { runAction, saveFile } from "./letter-actions.mjs";
import { debounce, isPristine, readValues, writeValues } from "./form-values.mjs";
import { setUpJournals } from "./journal.mjs";
import { LinkMaker, setUpChooser } from "./link-maker.mjs";
import { clearLinkFromAddress, linkAnswers } from "./share-link.mjs";
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

// "Add another interviewer" and "Remove": rows past the first stay hidden
// until asked for, unless they hold an answer.
function setUpGroups(form, onChange) {
  for (const group of form.querySelectorAll("[data-group]")) {
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
        onChange();
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
    group.refreshRows = refresh;
  }
}

class LetterWriter {
  constructor(root) {
    this.root = root;
    this.generator = root.dataset.generator;
    this.form = root.querySelector(".ns-form");
    this.summary = root.querySelector(".ns-error-summary");
    this.linkNotice = root.querySelector(".ns-link-notice");
    this.notices = root.querySelector(".ns-notices");
    this.status = root.querySelector(".ns-status");
    this.adviceBox = root.querySelector(".ns-advice");
    this.lettersBox = root.querySelector(".ns-letters");
    this.copyStatus = root.querySelector(".ns-copy-status");
    this.answersStatus = root.querySelector(".ns-answers__status");
    this.template = root.querySelector(".ns-letter-template");
    // Before Python answers, the actions work on the build-time sample.
    this.letters = JSON.parse(root.dataset.sampleLetters);
    this.result = null; // Python's last answer for the reader's own values
    this.showErrors = false; // GOV.UK pattern: errors appear once they try to go on
    this.touched = false;
    this.sequence = 0;
    this.python = pythonWorker();
    this.scheduleRender = debounce(() => this.update(), 120);

    setUpGroups(this.form, () => this.changed());
    this.restoreDraft();
    this.form.addEventListener("input", () => this.changed());
    this.form.addEventListener("change", (event) => {
      if (!event.target.classList.contains("ns-remember")) this.changed();
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.check();
    });
    this.setUpAnswersPanel();
    root.addEventListener("click", (event) => this.clicked(event));
    this.unsubscribe = this.python.onState((state) => this.stateChanged(state));
  }

  changed() {
    this.touched = true;
    // Marks a render as owed until Python has answered the latest values.
    this.root.dataset.rendering = "";
    this.sequence += 1; // an answer already on its way is now out of date
    saveDraft(this.generator, readValues(this.form));
    this.scheduleRender();
  }

  restoreDraft() {
    const draft = loadDraft(this.generator);
    if (!draft) return;
    writeValues(this.form, draft);
    for (const group of this.form.querySelectorAll("[data-group]")) group.refreshRows?.();
    if (!isPristine(this.form)) {
      this.touched = true;
      this.root.dataset.rendering = "";
      this.answersStatus.textContent = "Your answers from earlier in this visit are back.";
      if (remembering()) this.answersStatus.textContent = "Your remembered answers are back.";
    }
  }

  setUpAnswersPanel() {
    const remember = this.root.querySelector(".ns-remember");
    remember.checked = remembering();
    remember.addEventListener("change", () => {
      setRemembering(remember.checked);
      saveDraft(this.generator, readValues(this.form));
      this.answersStatus.textContent = remember.checked
        ? "Your answers will be kept in this browser on this device until you delete them."
        : "Your answers will be kept only until you close this tab.";
    });
    this.root.querySelector(".ns-forget").addEventListener("click", () => {
      deleteEverything();
      remember.checked = false;
      this.form.reset();
      for (const group of this.form.querySelectorAll("[data-group]")) {
        for (const row of [...group.querySelectorAll(".ns-group__item")].slice(1)) row.hidden = true;
        group.refreshRows?.();
      }
      this.answersStatus.textContent = "Deleted. This site no longer stores any of your answers, on any page.";
      this.changed();
      deleteEverything(); // changed() saved the empty form; leave nothing at all
    });
  }

  // A counselor's link: Python checks each answer against the spec, the
  // form takes the ones that fit, and the reader is told to check them.
  async applyLink() {
    const link = linkAnswers();
    if (!link || this.python.state !== "ready") return;
    const messages = [];
    if (link.tooLong) {
      messages.push("The link you opened was far too long to be a real link from this site, so none of it was used.");
    } else {
      const { values, messages: found } = await this.python.call("prefill", {
        generator: this.generator,
        params: link.params,
      });
      writeValues(this.form, values);
      for (const group of this.form.querySelectorAll("[data-group]")) group.refreshRows?.();
      messages.push(...found);
    }
    clearLinkFromAddress();
    const list = this.linkNotice.querySelector("ul");
    list.replaceChildren(
      ...messages.map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        return item;
      }),
    );
    this.linkNotice.hidden = false;
    this.changed();
  }

  stateChanged(state) {
    this.status.dataset.state = state;
    this.status.textContent = STATUS[state];
    if (state === "ready") {
      if (this.touched) this.update();
      if (!this.linkApplied) {
        this.linkApplied = true;
        this.applyLink();
      }
    }
  }

  async update() {
    if (this.python.state !== "ready") return null;
    const mine = ++this.sequence;
    try {
      const result = await this.python.call("render", {
        generator: this.generator,
        values: readValues(this.form),
        today: localToday(),
      });
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
    this.showFiles(result);
    this.showFieldMessages(result);
    this.showAdvice(result);
    if (this.showErrors) this.showSummary(result, false);
  }

  showLetters(result) {
    for (const sample of this.root.querySelectorAll("[data-sample]")) delete sample.dataset.sample;
    this.root.querySelector(".ns-sample-note")?.remove();
    this.lettersBox.dataset.draft = result.ok ? "false" : "true";
    this.letters = result.letters;
    const articles = result.letters.map((letter, index) => {
      const article = this.template.content.firstElementChild.cloneNode(true);
      article.dataset.layout = letter.layout;
      article.dataset.index = String(index);
      article.querySelector(".ns-letter__heading").textContent = letter.heading;
      article.querySelector(".ns-letter__subject").textContent = letter.subject;
      article.querySelector(".ns-letter__part--subject").hidden = !letter.subject;
      article.querySelector(".ns-letter__body-label").textContent = letter.body_label;
      article.querySelector(".ns-letter__body").textContent = letter.body;
      for (const only of article.querySelectorAll("[data-layout-only]")) only.hidden = only.dataset.layoutOnly !== letter.layout;
      for (const button of article.querySelectorAll("[data-needs-subject]")) button.hidden ||= !letter.subject;
      article.querySelector("[data-action='email']").href = letter.mailto || "#";
      return article;
    });
    this.lettersBox.replaceChildren(...articles);
  }

  // Files Python offers beside the letters (a calendar file): one button each.
  showFiles(result) {
    const box = this.root.querySelector(".ns-files");
    box.replaceChildren(
      ...result.files.map((file) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button ns-action";
        button.textContent = `Download ${file.label}`;
        button.addEventListener("click", () => {
          saveFile(file);
          this.copyStatus.textContent = `Downloaded ${file.name}.`;
        });
        return button;
      }),
    );
    box.hidden = result.files.length === 0;
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
        prefix.className = "ns-visually-hidden";
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
      // Some answers mean nothing should be sent: then the advice is the answer.
      this.status.textContent = result.letters.length
        ? "Your letter is ready to copy."
        : "There is nothing to send for these answers. Read the advice below.";
      this.root.querySelector(".ns-output__title").scrollIntoView({ block: "start" });
    }
    return result;
  }

  async clicked(event) {
    const button = event.target.closest("[data-action]");
    const clickedArticle = button?.closest(".ns-letter");
    if (!clickedArticle) return;
    const action = button.dataset.action;
    const index = Number(clickedArticle.dataset.index);
    if (action === "email" && !this.touched) {
      // The link already holds the sample's email; only a too-long one is stopped.
      if (!this.letters[index]?.mailto) event.preventDefault();
      this.copyStatus.textContent = await runAction(action, this.letters[index], clickedArticle, this.python);
      return;
    }
    event.preventDefault();
    if (this.touched) {
      if (this.python.state === "loading" || this.python.state === "restarting") {
        this.copyStatus.textContent = "Your letter is still being written. Try again in a moment.";
        return;
      }
      // Act on the letter for what is in the form now, not a keystroke ago.
      if (this.python.state === "ready" && !(await this.update())) return;
      // A draft with gaps is not to be sent: say what is missing instead.
      if (this.result && !this.result.ok) {
        await this.check();
        return;
      }
    }
    // The update above may have redrawn the letters: act on the live one.
    const article = this.lettersBox.querySelector(`.ns-letter[data-index="${index}"]`);
    const letter = this.letters[index];
    if (!article || !letter) return;
    if (action === "email" && letter.mailto) window.location.href = letter.mailto;
    this.copyStatus.textContent = await runAction(action, letter, article, this.python);
  }
}

const writers = new Set();

// A counselor's link opened while its page is already showing changes only
// the fragment: apply it to the writers on the page.
window.addEventListener("hashchange", () => {
  for (const writer of writers) if (writer.root.isConnected && writer.applyLink) writer.applyLink();
});

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
    writers.add(root.dataset.mode === "link" ? new LinkMaker(root) : new LetterWriter(root));
  }
  setUpChooser();
  setUpJournals();
  for (const button of document.querySelectorAll("[data-forget-everything]:not([data-ready])")) {
    button.dataset.ready = "";
    button.addEventListener("click", () => {
      deleteEverything();
      const status = button.parentElement.querySelector("[role='status']");
      if (status) status.textContent = "Deleted. This site no longer stores any of your answers, on any page.";
    });
  }
}

// The service worker keeps the site and its Python on this device after one
// visit, so the letter writers work offline. It lives at the site root.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("../../sw.js", import.meta.url)).catch(() => {
    /* no offline copy (a private window, say); everything else still works */
  });
}

// Material swaps pages without reloading (instant navigation): set up each
// page's writers whenever a new page is shown.
if (typeof document$ !== "undefined") document$.subscribe(initWriters);
else initWriters();
