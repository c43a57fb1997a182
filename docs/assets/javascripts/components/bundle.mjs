// A bundle's next step, under a letter: a counselor's link that names one
// (#fill?...&next=follow-up-planner) shows a link to that writer carrying
// the answers the two forms share, as the form holds them now. Python
// (share_links.carry) decides which answers carry; this file only shows the
// offer and keeps its address up to date.

import { markForTab, markedForTab } from "../lib/answer-store.mjs";
import { readValues } from "../lib/form-values.mjs";
import { Latest } from "../lib/latest.mjs";
import { linkAnswers } from "../lib/share-link.mjs";
import { SITE_ROOT } from "../lib/site.mjs";
import { pythonWorker } from "../python/client.mjs";

// The offer outlives the link in the address bar (the writer clears it) for
// this tab, like a draft.
class Bundle {
  constructor(root) {
    this.root = root;
    this.writerRoot = root.closest("[data-component='writer']");
    this.form = this.writerRoot.querySelector(".ns-form");
    this.writer = this.writerRoot.dataset.writer;
    this.target = root.dataset.target;
    this.pageURL = new URL(root.dataset.page, SITE_ROOT).href;
    this.link = root.querySelector(".ns-bundle__link");
    this.mark = `next:${this.writer}`;
    this.python = pythonWorker();
    this.latest = new Latest(
      () => this.python.call("carry", { writer: this.writer, values: readValues(this.form), target: this.target, page_url: this.pageURL }),
      ({ url }) => (this.link.href = url),
    );
    // Mounted after the writer, and the writer clears the link only once
    // Python has read it, so the address still holds it here.
    this.readLink();
    this.onHashChange = () => this.readLink();
    window.addEventListener("hashchange", this.onHashChange);
    // The writer marks every change of its answers (typed, restored, or from
    // a link) with data-rendering until Python has answered: follow it.
    this.observer = new MutationObserver(() => this.update());
    this.observer.observe(this.writerRoot, { attributes: true, attributeFilter: ["data-rendering"] });
    this.unsubscribe = this.python.onState((state) => state === "ready" && this.update());
  }

  unmount() {
    this.observer.disconnect();
    this.unsubscribe();
    window.removeEventListener("hashchange", this.onHashChange);
  }

  // Any counselor's link says whether this page offers the next step.
  readLink() {
    const link = linkAnswers();
    if (link && !link.tooLong) markForTab(this.mark, [].concat(link.params.next ?? []).includes(this.target));
    this.update();
  }

  update() {
    this.root.hidden = !markedForTab(this.mark);
    if (!this.root.hidden && this.python.state === "ready") this.latest.request();
  }
}

export function mountBundle(root) {
  return new Bundle(root);
}
