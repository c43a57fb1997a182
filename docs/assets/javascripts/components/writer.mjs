// The letter writer: reads the form the build made from the spec, asks
// Python for the letter, and writes the answer back with textContent only.
// It knows no letter: everything specific comes from the markup
// (data-writer, field names) or from Python's answer.

import { deleteEverything, loadDraft, remembering, saveDraft, setRemembering } from "../lib/answer-store.mjs";
import { localToday } from "../lib/dates.mjs";
import { changedNames, readValues, sameValues, writeValues } from "../lib/form-values.mjs";
import { Latest } from "../lib/latest.mjs";
import { parts } from "../lib/parts.mjs";
import { runAction } from "../lib/letter-actions.mjs";
import { clearLinkFromAddress, linkAnswers } from "../lib/share-link.mjs";
import { pythonWorker } from "../python/client.mjs";
import { showAdviceList, showErrorSummary, showFieldMessages, showStatus, statusMessages } from "./field-messages.mjs";
import { GroupRows } from "./groups.mjs";
import { showFiles, showLetters } from "./letters-view.mjs";

const STATUS = statusMessages("letter writer", {
  loading: "The letter writer is loading. You can start filling in the form now.",
  ready: "Ready. Your letter updates as you type.",
  failed:
    "The letter writer could not start on this device. Everything you typed is still here. " +
    "You can adapt the sample letter by hand, or reload the page to try again.",
});
const DELETED = "Deleted. This site no longer stores any of your answers, on any page.";

// Advice at this level means the letter breaks the advice it comes from:
// it is shown as a draft and not offered for sending until it changes.
const holdsOf = (result) => result.advice.filter((m) => m.level === "hold");
// Python decides: no errors and no hold (generators/core/spec.py, Result.sendable).
const isSendable = (result) => result.sendable;
const draftNote = (result, checkLabel) => {
  if (!result.ok) return `Draft: some answers are missing or need a change. “${checkLabel}” lists them.`;
  if (!isSendable(result)) return "Draft, held back: this letter goes against the advice it comes from. The notes beside your answers say what to change, and why.";
  return "";
};

const PARTS = {
  form: ".ns-form", summary: ".ns-error-summary", linkNotice: ".ns-link-notice", status: ".ns-status",
  adviceBox: ".ns-advice", copyStatus: ".ns-copy-status", answersStatus: ".ns-answers__status",
};

class Writer {
  constructor(root) {
    this.root = root;
    Object.assign(this, parts(root, PARTS));
    this.writer = root.dataset.writer;
    // Before Python answers, the actions work on the build-time sample.
    this.letters = JSON.parse(root.dataset.sampleLetters);
    this.result = null; // Python's last answer for the reader's own values
    this.showErrors = false; // GOV.UK pattern: errors appear once they try to go on
    this.touched = false;
    this.python = pythonWorker();
    this.latest = new Latest(
      () => this.python.call("render", { writer: this.writer, values: readValues(this.form), today: localToday() }),
      (result, final) => this.show(result, final),
    );
    this.groups = new GroupRows(this.form, () => this.changed());

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
    this.onClick = (event) => this.clicked(event);
    root.addEventListener("click", this.onClick);
    // A counselor's link opened while its page is already showing changes
    // only the fragment.
    this.onHashChange = () => this.applyLink();
    window.addEventListener("hashchange", this.onHashChange);
    this.unsubscribe = this.python.onState((state) => this.stateChanged(state));
  }

  unmount() {
    this.unsubscribe();
    window.removeEventListener("hashchange", this.onHashChange);
  }

  // Every change asks Python at once; Latest folds a burst of keystrokes
  // into one render after the one on its way. A change that comes with
  // Python's answer for the form as it now is (a counselor's link) shows it.
  changed(answer = null) {
    this.touched = true;
    // Marks a render as owed until Python has answered the latest values.
    this.root.dataset.rendering = "";
    saveDraft(this.writer, readValues(this.form));
    if (answer) this.latest.accept(answer);
    else this.latest.request();
  }

  // The page invites typing before its code arrives: what was typed by
  // now wins over the draft, and is rendered and kept like any change.
  restoreDraft() {
    const typed = changedNames(this.form);
    const draft = loadDraft(this.writer) ?? {};
    for (const name of typed) delete draft[name];
    writeValues(this.form, draft);
    this.groups.showFilled();
    const changed = changedNames(this.form);
    if (!changed.size) return;
    if (changed.size > typed.size) {
      this.answersStatus.textContent = remembering()
        ? "Your remembered answers are back."
        : "Your answers from earlier in this visit are back.";
    }
    this.changed();
  }

  setUpAnswersPanel() {
    const remember = this.root.querySelector(".ns-remember");
    remember.checked = remembering();
    remember.addEventListener("change", () => {
      setRemembering(remember.checked);
      saveDraft(this.writer, readValues(this.form));
      this.answersStatus.textContent = remember.checked
        ? "Your answers will be kept in this browser on this device until you delete them."
        : "Your answers will be kept only until you close this tab.";
    });
    this.root.querySelector(".ns-forget").addEventListener("click", () => {
      deleteEverything();
      remember.checked = false;
      this.form.reset();
      this.groups.showFilled();
      this.answersStatus.textContent = DELETED;
      this.changed();
      deleteEverything(); // changed() saved the empty form; leave nothing at all
    });
  }

  // A counselor's link: Python checks each answer against the spec, the
  // form takes the ones that fit, and the reader is told to check them.
  // The same call writes the letter for the form with those answers in, so
  // it shows without a second call; if the form holds anything else by
  // then (the reader typed meanwhile), it is rendered again as it is.
  async applyLink() {
    const link = linkAnswers();
    if (!link || this.python.state !== "ready") return;
    const messages = [];
    let written = null;
    if (link.tooLong) {
      messages.push("The link you opened was far too long to be a real link from this site, so none of it was used.");
    } else {
      const { values, messages: found, answers, result } = await this.python.call("open_link", {
        writer: this.writer, params: link.params, values: readValues(this.form), today: localToday(),
      });
      writeValues(this.form, values);
      this.groups.showFilled();
      messages.push(...found);
      if (sameValues(readValues(this.form), answers)) written = result;
    }
    clearLinkFromAddress();
    this.linkNotice.querySelector("ul").replaceChildren(
      ...messages.map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        return item;
      }),
    );
    this.linkNotice.hidden = false;
    this.changed(written);
  }

  stateChanged(state) {
    showStatus(this.status, STATUS, state);
    if (state === "ready") this.applyLink();
  }

  show(result, final) {
    this.result = result;
    this.letters = result.letters;
    showLetters(this.root, result.letters, { draft: draftNote(result, this.form.querySelector(".ns-submit").textContent.trim()) });
    showFiles(this.root, result.files, (text) => (this.copyStatus.textContent = text));
    const problems = this.showErrors ? [...result.errors, ...holdsOf(result)] : [];
    showFieldMessages(this.form, { problems, advice: [...result.notices, ...result.advice] });
    showAdviceList(this.adviceBox, [...result.notices, ...result.advice].filter((m) => !m.field));
    if (this.showErrors) showErrorSummary(this.summary, this.form, problems);
    if (final) delete this.root.dataset.rendering;
  }

  // "Check my letter", and any action on a letter that is not ready: show
  // every problem at once, in the summary and beside each field.
  async check() {
    this.showErrors = true;
    this.touched = true;
    const result = await this.latest.request();
    if (!result) return null;
    showErrorSummary(this.summary, this.form, [...result.errors, ...holdsOf(result)], { focus: true });
    if (!result.ok) return result;
    if (!result.letters.length) {
      // Some answers mean nothing should be sent: then the advice is the answer.
      this.status.textContent = "There is nothing to send for these answers. Read the advice below.";
    } else if (!isSendable(result)) {
      this.status.textContent = "Your letter is a draft. Change what the box at the top of the form says, then check it again.";
    } else {
      this.status.textContent = "Your letter is ready to copy.";
      this.root.querySelector(".ns-output__title").scrollIntoView({ block: "start" });
    }
    return result;
  }

  async clicked(event) {
    const button = event.target.closest("[data-action]");
    const article = button?.closest(".ns-letter");
    if (!article) return;
    const action = button.dataset.action;
    const index = Number(article.dataset.index);
    if (action === "email" && !this.touched) {
      // The link already holds the sample's email; only a too-long one is stopped.
      if (!this.letters[index]?.mailto) event.preventDefault();
      this.copyStatus.textContent = await runAction(action, this.letters[index], article, this.python);
      return;
    }
    event.preventDefault();
    if (this.touched && (this.python.state === "loading" || this.python.state === "restarting")) {
      this.copyStatus.textContent = "Your letter is still being written. Try again in a moment.";
      return;
    }
    // (A writer that failed to start acts on the sample, which it still shows.)
    if (this.touched && this.python.state === "ready") {
      // Act on the letter for what is in the form now, not a keystroke ago.
      const result = await this.latest.settled();
      if (!result) return;
      if (!isSendable(result) && result.letters.length) {
        this.copyStatus.textContent = result.ok
          ? "Not copied: this letter goes against the advice it comes from. The box at the top of the form says what to change, and why."
          : "Some answers need a change first. The box at the top of the form says which.";
        await this.check();
        return;
      }
    }
    // The render above may have redrawn the letters: act on the live one.
    const live = this.root.querySelector(`.ns-letters .ns-letter[data-index="${index}"]`);
    const letter = this.letters[index];
    if (!live || !letter) return;
    if (action === "email" && letter.mailto) window.location.href = letter.mailto;
    this.copyStatus.textContent = await runAction(action, letter, live, this.python);
  }
}

export function mountWriter(root) {
  return new Writer(root);
}
