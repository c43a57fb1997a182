// Links for a group, on the Make a link page: a sheet of clients in (a file
// read here, or pasted), a printable sheet of personal links and QR codes
// out. Python (generators/web/group_links.py) checks every cell and makes the
// links; this file reads the file, shows the answer with textContent only,
// and hands downloads to the browser. Nothing is uploaded or stored.

import { saveFile } from "../lib/letter-actions.mjs";
import { parts } from "../lib/parts.mjs";
import { SITE_ROOT } from "../lib/site.mjs";
import { pythonWorker } from "../python/client.mjs";
import { showFieldMessages, showStatus, statusMessages } from "./field-messages.mjs";

const STATUS = statusMessages("link maker", {
  loading: "Links for a group are loading. You can open or paste your sheet now.",
  ready: "Ready. Open or paste your sheet, then make the links.",
  failed: "Links for a group could not start on this device. Reload the page to try again.",
});

const PARTS = {
  form: ".ns-group-links__form", writer: ".ns-group-links__writer", file: ".ns-group-links__file",
  text: ".ns-group-links__text",
  status: ".ns-status", result: ".ns-group-result", summary: ".ns-group-result__summary",
  messages: ".ns-group-result__messages", sheet: ".ns-group-sheet", template: ".ns-group-sheet__template",
  copyStatus: ".ns-copy-status",
};

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// A spreadsheet saves CSV as UTF-8, or (older Excel on Windows) as
// Windows-1252: try the first strictly, then fall back.
function decode(buffer) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder("windows-1252").decode(buffer);
  }
}

class GroupLinks {
  constructor(root) {
    this.root = root;
    Object.assign(this, parts(root, PARTS));
    this.maxCharacters = Number(root.dataset.maxCharacters);
    this.made = null; // Python's last answer
    this.drawing = 0; // which making the QR codes being drawn belong to
    this.python = pythonWorker();
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.make();
    });
    this.file.addEventListener("change", () => this.open());
    this.writer.addEventListener("change", () => this.clear());
    root.addEventListener("click", (event) => this.clicked(event));
    this.unsubscribe = this.python.onState((state) => showStatus(this.status, STATUS, state));
  }

  unmount() {
    this.unsubscribe();
    this.drawing += 1;
  }

  get pageURL() {
    return new URL(this.writer.selectedOptions[0].dataset.page, SITE_ROOT).href;
  }

  async clicked(event) {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (!action) return;
    if (action === "template") {
      if (!this.pythonReady()) return;
      saveFile(await this.python.call("group_template", { writer: this.writer.value }));
      this.status.textContent = "Downloaded the sheet. Open it in your spreadsheet, one client on each row.";
    } else if (action === "download-links" && this.made) {
      saveFile(this.made.csv);
      this.copyStatus.textContent = "Downloaded the links, one row per client, for a mail merge.";
    } else if (action === "print-links") {
      if (this.root.dataset.drawing !== undefined) {
        this.copyStatus.textContent = "The QR codes are still being drawn. Print when the count above is complete.";
        return;
      }
      window.print();
    }
  }

  pythonReady() {
    if (this.python.state === "ready") return true;
    this.status.textContent = this.python.state === "failed"
      ? STATUS.failed
      : "Links for a group are still loading. Try again in a moment.";
    return false;
  }

  // A file goes into the paste box, so the counselor sees what was read and
  // can correct it there. A character takes at most 4 bytes, so reading 4
  // bytes a character past the limit reads any sheet within it whole, and a
  // longer file still reaches Python too long, which then says so.
  async open() {
    const file = this.file.files[0];
    if (!file) return;
    const buffer = await file.slice(0, 4 * (this.maxCharacters + 1)).arrayBuffer();
    this.text.value = decode(buffer);
    this.make();
  }

  // The one way a generated form shows a problem beside its field.
  showError(text) {
    showFieldMessages(this.form, { problems: text ? [{ field: "sheet", text }] : [] });
  }

  clear() {
    this.drawing += 1;
    this.made = null;
    this.result.hidden = true;
    this.sheet.replaceChildren();
    delete this.root.dataset.drawing;
  }

  async make() {
    if (!this.pythonReady()) return;
    if (!this.text.value.trim()) {
      this.showError("Open your sheet or paste its rows first. Start from the sheet for this letter writer.");
      this.text.focus();
      return;
    }
    this.clear();
    this.root.dataset.making = "";
    let made;
    try {
      made = await this.python.call("group_links", {
        writer: this.writer.value,
        text: this.text.value,
        page_url: this.pageURL,
      });
    } catch {
      made = { problem: "The links could not be made on this device. Your sheet is still in the box: reload the page and try again." };
    } finally {
      delete this.root.dataset.making;
    }
    this.showError(made.problem);
    if (made.problem) {
      this.text.focus();
      return;
    }
    this.made = made;
    this.show(made);
    this.draw(made.links);
  }

  show({ links, messages }) {
    this.summary.textContent =
      `${plural(links.length, "link", "links")} made` +
      (messages.length ? `, and ${plural(messages.length, "thing", "things")} left out: see the list below.` : ".");
    this.messages.querySelector("ul").replaceChildren(
      ...messages.map((m) => {
        const item = document.createElement("li");
        item.textContent = m.text;
        return item;
      }),
    );
    this.messages.hidden = messages.length === 0;
    this.sheet.replaceChildren(
      ...links.map((link) => {
        const block = this.template.content.firstElementChild.cloneNode(true);
        block.dataset.row = link.row;
        block.querySelector(".ns-group-sheet__label").textContent = link.client;
        block.querySelector(".ns-group-sheet__url").textContent = link.url;
        block.querySelector(".ns-group-sheet__qr").alt = `QR code of the link for ${link.client}`;
        return block;
      }),
    );
    this.result.hidden = false;
    this.copyStatus.textContent = "";
  }

  // One QR code at a time, so the first blocks fill in while the rest are
  // drawn; a newer sheet stops an older one's drawing.
  async draw(links) {
    const drawing = ++this.drawing;
    if (!links.length) return;
    this.root.dataset.drawing = "";
    const images = this.sheet.querySelectorAll(".ns-group-sheet__qr");
    for (const [index, link] of links.entries()) {
      this.status.textContent = `Drawing the QR codes: ${index} of ${links.length}.`;
      let src;
      try {
        ({ src } = await this.python.call("qr", { text: link.url }));
      } catch {
        this.status.textContent = "The QR codes could not be drawn on this device. The links above still work.";
        delete this.root.dataset.drawing;
        return;
      }
      if (drawing !== this.drawing) return;
      images[index].src = src;
      images[index].hidden = false;
    }
    delete this.root.dataset.drawing;
    this.status.textContent = `All ${plural(links.length, "QR code is", "QR codes are")} ready. Print the links, or download them.`;
  }
}

export function mountGroupLinks(root) {
  return new GroupLinks(root);
}
