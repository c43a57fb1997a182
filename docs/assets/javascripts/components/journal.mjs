// The move-on journal: entries kept in this browser's local storage, checked
// and summarised by Python (generators/tools/move_on_journal.py through the shared
// worker). Everything Python says is written with textContent only. The
// markup comes from the journal() macro; this file knows no field by name
// except "serious", the harassment or bullying mark.

import { storageKey } from "../lib/answer-store.mjs";
import { localToday } from "../lib/dates.mjs";
import { readValues } from "../lib/form-values.mjs";
import { saveFile } from "../lib/letter-actions.mjs";
import { parts } from "../lib/parts.mjs";
import { pythonWorker } from "../python/client.mjs";
import { showErrorSummary, showFieldMessages, showStatus, statusMessages } from "./field-messages.mjs";

// Under the site's prefix, so "Delete my answers" on any page reaches it too.
const KEY = storageKey("journal");
const STATUS = statusMessages("journal", {
  loading: "The journal is loading. You can start writing now.",
  ready: "Ready. Your entries are saved in this browser only.",
  failed:
    "The journal could not start on this device, so it cannot add entries or export them. " +
    "Your saved entries are still here, and Delete all entries still works.",
});

export function loadEntries() {
  try {
    const entries = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(entries) ? entries.filter((e) => e && typeof e === "object") : [];
  } catch {
    return [];
  }
}

function saveEntries(entries) {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false; // storage switched off or full
  }
}

function forgetEntries() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* storage switched off: nothing was kept */
  }
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const PARTS = {
  form: ".ns-journal__form", status: ".ns-status", summaryBox: ".ns-error-summary", notices: ".ns-notices",
  speakUp: ".ns-journal__speak-up", speakUpTemplate: ".ns-journal__speak-up-template",
  list: ".ns-journal__list", progress: ".ns-journal__progress", marked: ".ns-journal__marked",
  confirm: ".ns-journal__confirm", saved: ".ns-journal__saved", review: ".ns-journal__review",
};

class Journal {
  constructor(root) {
    this.root = root;
    Object.assign(this, parts(root, PARTS));
    this.python = pythonWorker();
    this.entries = loadEntries();
    this.sequence = 0;
    // The build wrote the words for no entries; Python writes the rest.
    this.noEntries = this.progress.textContent;
    if (this.entries.length) this.progress.textContent = "";

    this.resetDate();
    this.showEntries();
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.add();
    });
    // The harassment or bullying mark: the message comes at once, before
    // the entry is added and whatever the number of entries.
    this.form.addEventListener("change", (event) => {
      if (event.target.name === "serious") this.showSpeakUp(event.target.checked);
    });
    root.addEventListener("click", (event) => {
      const action = event.target.closest("[data-journal]")?.dataset.journal;
      if (action) this.act(action);
    });
    this.unsubscribe = this.python.onState((state) => {
      showStatus(this.status, STATUS, state);
      if (state === "ready") this.summarise();
    });
  }

  unmount() {
    this.unsubscribe();
  }

  resetDate() {
    const date = this.form.elements.namedItem("date");
    if (date && !date.value) date.value = localToday();
  }

  showSpeakUp(on) {
    if (on && !this.speakUp.firstElementChild) {
      this.speakUp.append(this.speakUpTemplate.content.firstElementChild.cloneNode(true));
    } else if (!on) {
      this.speakUp.replaceChildren();
    }
  }

  async add() {
    if (this.python.state !== "ready") {
      this.status.textContent =
        this.python.state === "failed" ? STATUS.failed : "The journal is still loading. Try again in a moment.";
      return;
    }
    let answer;
    try {
      answer = await this.python.call("journal_entry", { values: readValues(this.form), today: localToday() });
    } catch {
      return; // the worker's state listener tells the reader
    }
    showFieldMessages(this.form, { problems: answer.errors, advice: answer.advice });
    showErrorSummary(this.summaryBox, this.form, answer.errors, { focus: true });
    this.notices.textContent = answer.notices.map((m) => m.text).join(" ");
    if (!answer.ok) return;
    this.entries.push(answer.entry);
    const kept = saveEntries(this.entries);
    this.form.reset();
    this.resetDate();
    // An entry marked as harassment keeps its message in the list below.
    this.showSpeakUp(false);
    this.showEntries();
    this.saved.textContent = kept
      ? `Entry for ${answer.entry.when} added. It is saved in this browser only.`
      : "Entry added, but this browser would not save it: it will be gone when you leave the page.";
    await this.summarise();
  }

  // The list is drawn from what is stored, oldest first, without Python, so
  // the reader sees (and can delete) their entries even if Python never loads.
  showEntries() {
    const sorted = this.entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => String(a.entry.date).localeCompare(String(b.entry.date)) || a.index - b.index)
      .map(({ entry }) => entry);
    this.list.replaceChildren(
      ...sorted.map((entry) => {
        const item = element("li", undefined, "ns-journal__entry");
        const heading = element("p", undefined, "ns-journal__when");
        heading.append(element("strong", String(entry.when || entry.date || "")));
        if (entry.serious) heading.append(" (marked as harassment, bullying or another serious matter)");
        const details = element("dl");
        for (const [label, key] of [["What happened", "trigger"], ["How you reacted", "reaction"], ["Why it bothered you", "why"]]) {
          if (!entry[key]) continue;
          details.append(element("dt", label), element("dd", String(entry[key])));
        }
        item.append(heading, details);
        return item;
      }),
    );
    const dates = sorted.filter((e) => e.serious).map((e) => String(e.when || e.date));
    this.marked.hidden = dates.length === 0;
    this.marked.querySelector(".ns-journal__marked-dates").textContent = dates.length
      ? `You marked ${dates.length === 1 ? "an entry" : "entries"} as harassment, bullying or another serious matter: ${dates.join("; ")}.`
      : "";
  }

  async summarise() {
    if (this.python.state !== "ready") return;
    const mine = ++this.sequence;
    let summary;
    try {
      summary = await this.python.call("journal_summary", { entries: this.entries, today: localToday() });
    } catch {
      return; // the worker's state listener tells the reader
    }
    if (mine !== this.sequence) return;
    this.progress.textContent = [summary.progress, ...summary.notices].join(" ");
    this.showReview(summary);
    this.root.dataset.summarised = String(summary.count);
  }

  showReview(summary) {
    const ready = summary.count >= Number(this.root.dataset.enough);
    this.review.hidden = !ready;
    if (!ready) return;
    const pattern = this.review.querySelector(".ns-journal__pattern");
    pattern.replaceChildren();
    for (const [title, found] of [
      ["Triggers that repeat", summary.triggers],
      ["Reactions that repeat", summary.reactions],
      ["Reasons that repeat", summary.reasons],
    ]) {
      pattern.append(element("h3", title));
      if (!found.length) {
        pattern.append(element("p", "No word or phrase comes up in more than one entry."));
        continue;
      }
      const list = element("ul");
      for (const term of found) {
        list.append(element("li", `“${term.words}”: ${term.count} entries (${term.dates.join("; ")})`));
      }
      pattern.append(list);
    }
    this.review.querySelector(".ns-journal__questions").replaceChildren(
      ...summary.questions.map(({ question, note }) => {
        const item = element("li");
        item.append(element("strong", question));
        if (note) item.append(" ", note);
        return item;
      }),
    );
    this.review.querySelector(".ns-journal__signals").replaceChildren(
      ...summary.signals.map(({ text, matches }) => {
        const item = element("li", text);
        if (matches.length) {
          item.append(" Entries that may touch on it: ", matches.map((m) => `${m.date} (“${m.word}”)`).join("; "), ".");
        }
        return item;
      }),
    );
    this.review.querySelector(".ns-journal__closing").textContent = summary.closing;
  }

  async act(action) {
    if (action === "delete") {
      this.confirm.hidden = false;
      const count = this.entries.length;
      this.confirm.querySelector(".admonition-title").textContent = count
        ? `Delete all ${count === 1 ? "1 entry" : `${count} entries`}?`
        : "Delete all entries?";
      this.confirm.focus();
    } else if (action === "cancel-delete") {
      this.confirm.hidden = true;
      this.saved.textContent = "Nothing was deleted.";
      this.root.querySelector("[data-journal='delete']").focus();
    } else if (action === "confirm-delete") {
      forgetEntries();
      this.entries = [];
      this.sequence += 1; // a summary on its way is now out of date
      this.confirm.hidden = true;
      this.form.reset();
      this.resetDate();
      this.showSpeakUp(false);
      this.showEntries();
      this.progress.textContent = this.noEntries;
      this.review.hidden = true;
      delete this.root.dataset.summarised;
      this.saved.textContent = "All entries are deleted from this browser.";
      this.root.querySelector("[data-journal='delete']").focus();
    } else if (action === "export") {
      if (this.python.state !== "ready") {
        this.saved.textContent = "Export needs the journal, which is not running yet. Try again in a moment.";
        return;
      }
      try {
        saveFile(await this.python.call("journal_export", { entries: this.entries }));
        this.saved.textContent = "Exported your entries as a text file.";
      } catch {
        this.saved.textContent = "The export did not work. Your entries are still saved in this browser.";
      }
    }
  }
}

export function mountJournal(root) {
  return new Journal(root);
}
