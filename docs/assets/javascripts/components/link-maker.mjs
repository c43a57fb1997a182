// The counselor's link maker: the same generated forms, in "link" mode.
// Python (share_links.py) builds the link and its QR code; nothing typed
// here is stored or sent.

import { debounce, readValues } from "./form-values.mjs";
import { copyText } from "./letter-actions.mjs";
import { pythonWorker } from "./worker-client.mjs";

const STATUS = {
  loading: "The link maker is loading. You can start filling in the form now.",
  ready: "Ready. The link updates as you type.",
  restarting: "The link maker stopped. Starting it again…",
  failed: "The link maker could not start on this device. Reload the page to try again.",
};
// letters.js is at <site>/assets/javascripts/; writer pages live at <site>/letters/<id>/.
const SITE_ROOT = new URL("../../", import.meta.url);

export class LinkMaker {
  constructor(root) {
    this.root = root;
    this.generator = root.dataset.generator;
    this.form = root.querySelector(".ns-form");
    this.status = root.querySelector(".ns-status");
    this.url = root.querySelector(".ns-link__url");
    this.open = root.querySelector(".ns-link__open");
    this.qr = root.querySelector(".ns-link__qr");
    this.copyStatus = root.querySelector(".ns-copy-status");
    this.pageURL = new URL(root.dataset.page, SITE_ROOT).href;
    this.url.value = this.pageURL;
    this.open.href = this.pageURL;
    this.sequence = 0;
    this.python = pythonWorker();
    const later = debounce(() => this.update(), 150);
    this.form.addEventListener("input", later);
    this.form.addEventListener("change", later);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.update();
    });
    // Group rows: every row is shown in link mode, so any can be filled.
    for (const button of root.querySelectorAll(".ns-group__add, .ns-group__remove")) button.hidden = true;
    root.querySelector("[data-action='copy-link']").addEventListener("click", async () => {
      this.copyStatus.textContent = (await copyText(this.url.value))
        ? "Link copied. Paste it into your message to your client."
        : "Copying is blocked here. Select the link and copy it yourself.";
    });
    this.unsubscribe = this.python.onState((state) => {
      this.status.dataset.state = state;
      this.status.textContent = STATUS[state];
      if (state === "ready") this.update();
    });
  }

  async update() {
    if (this.python.state !== "ready" || this.root.hidden) return;
    const mine = ++this.sequence;
    this.root.dataset.rendering = "";
    const { url } = await this.python.call("link", {
      generator: this.generator,
      values: readValues(this.form),
      page_url: this.pageURL,
    });
    const { src } = await this.python.call("qr", { text: url });
    if (mine !== this.sequence) return;
    this.url.value = url;
    this.open.href = url;
    this.qr.src = src;
    this.qr.hidden = false;
    delete this.root.dataset.rendering;
  }
}

// One form at a time on the link maker page, chosen from the list.
export function setUpChooser() {
  const choice = document.querySelector(".ns-link-maker__choice:not([data-ready])");
  if (!choice) return;
  choice.dataset.ready = "";
  const show = () => {
    for (const root of document.querySelectorAll(".ns-link-maker .ns-writer")) {
      root.hidden = root.dataset.generator !== choice.value;
      if (!root.hidden) root.querySelector(".ns-form").dispatchEvent(new Event("change"));
    }
  };
  choice.addEventListener("change", show);
  show();
}
