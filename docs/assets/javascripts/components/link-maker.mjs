// The counselor's link maker: the same generated forms, in "link" mode.
// Python (generators/web/share_links.py) builds the link and its QR code;
// nothing typed here is stored or sent.

import { readValues } from "../lib/form-values.mjs";
import { Latest } from "../lib/latest.mjs";
import { copyText } from "../lib/letter-actions.mjs";
import { SITE_ROOT } from "../lib/site.mjs";
import { parts } from "../lib/parts.mjs";
import { pythonWorker } from "../python/client.mjs";
import { showStatus, statusMessages } from "./field-messages.mjs";

const STATUS = statusMessages("link maker", {
  loading: "The link maker is loading. You can start filling in the form now.",
  ready: "Ready. The link updates as you type.",
  failed: "The link maker could not start on this device. Reload the page to try again.",
});

const PARTS = {
  form: ".ns-form", status: ".ns-status", url: ".ns-link__url", open: ".ns-link__open",
  qr: ".ns-link__qr", copyStatus: ".ns-copy-status",
};

class LinkMaker {
  constructor(root) {
    this.root = root;
    Object.assign(this, parts(root, PARTS));
    this.writer = root.dataset.writer;
    this.pageURL = new URL(root.dataset.page, SITE_ROOT).href;
    this.url.value = this.pageURL;
    this.open.href = this.pageURL;
    this.python = pythonWorker();
    this.latest = new Latest(() => this.makeLink(), (made, final) => this.show(made, final));
    const changed = () => {
      if (this.root.hidden) return;
      this.root.dataset.rendering = "";
      this.latest.request();
    };
    this.form.addEventListener("input", changed);
    this.form.addEventListener("change", changed);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      changed();
    });
    // Group rows: every row is shown in link mode, so any can be filled.
    for (const button of root.querySelectorAll(".ns-group__add, .ns-group__remove")) button.hidden = true;
    root.querySelector("[data-action='copy-link']").addEventListener("click", async () => {
      this.copyStatus.textContent = (await copyText(this.url.value))
        ? "Link copied. Paste it into your message to your client."
        : "Copying is blocked here. Select the link and copy it yourself.";
    });
    this.unsubscribe = this.python.onState((state) => {
      showStatus(this.status, STATUS, state);
      if (state === "ready") changed();
    });
  }

  unmount() {
    this.unsubscribe();
  }

  async makeLink() {
    const { url } = await this.python.call("link", {
      writer: this.writer,
      values: readValues(this.form),
      page_url: this.pageURL,
    });
    const { src } = await this.python.call("qr", { text: url });
    return { url, src };
  }

  show({ url, src }, final) {
    this.url.value = url;
    this.open.href = url;
    this.qr.src = src;
    this.qr.hidden = false;
    if (final) delete this.root.dataset.rendering;
  }
}

export function mountLinkMaker(root) {
  return new LinkMaker(root);
}

// One form at a time on the link maker page, chosen from the list.
export function mountLinkMakerChoice(choice) {
  const show = () => {
    for (const root of document.querySelectorAll(".ns-link-maker [data-component='link-maker']")) {
      root.hidden = root.dataset.writer !== choice.value;
      if (!root.hidden) root.querySelector(".ns-form").dispatchEvent(new Event("change"));
    }
  };
  choice.addEventListener("change", show);
  show();
  return { unmount() {} };
}
