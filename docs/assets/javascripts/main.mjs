// The only entry of the page code. Registers the service worker, and on
// every page Material shows (instant navigation swaps pages without a
// reload) mounts each component found by its data-component attribute and
// unmounts those whose markup left the page.

import { mountBundle } from "./components/bundle.mjs";
import { mountForgetEverything } from "./components/forget-everything.mjs";
import { mountGroupLinks } from "./components/group-links.mjs";
import { mountJournal } from "./components/journal.mjs";
import { mountLinkMaker, mountLinkMakerChoice } from "./components/link-maker.mjs";
import { mountWriter } from "./components/writer.mjs";
import { registerOffline } from "./lib/offline.mjs";

// data-component value → mount(element) returning {unmount()}. In this
// order: the link maker's chooser shows one of the forms mounted before it.
const COMPONENTS = {
  writer: mountWriter,
  bundle: mountBundle, // after the writer: it reads the link before the writer clears it
  "link-maker": mountLinkMaker,
  "link-maker-choice": mountLinkMakerChoice,
  "group-links": mountGroupLinks,
  journal: mountJournal,
  "forget-everything": mountForgetEverything,
};

const mounted = new Map(); // element → component

function mountAll() {
  for (const [element, component] of mounted) {
    if (!element.isConnected) {
      component.unmount();
      mounted.delete(element);
    }
  }
  for (const [name, mount] of Object.entries(COMPONENTS)) {
    for (const element of document.querySelectorAll(`[data-component="${name}"]`)) {
      if (!mounted.has(element)) mounted.set(element, mount(element));
    }
  }
}

registerOffline();

if (typeof document$ !== "undefined") document$.subscribe(mountAll);
else mountAll();
