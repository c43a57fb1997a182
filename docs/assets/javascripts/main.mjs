// The only entry of the page code. Registers the service worker (a page
// with Python leaves that to client.mjs), and on every page Material shows
// (instant navigation swaps pages without a reload) mounts each component
// found by its data-component attribute and unmounts those whose markup
// left the page.
//
// A component's code is fetched only when a page has it: a guide reader
// downloads this file and the offline module, nothing more (each module
// fetched and run on a phone's main thread delays the page it is on).

import { registerOffline } from "./lib/offline.mjs";

// data-component value → a loader of mount(element) returning {unmount()}.
// Mounted in this order: the bundle reads the link before the writer clears
// it, and the link maker's chooser shows one of the forms mounted before it.
const COMPONENTS = {
  writer: () => import("./components/writer.mjs").then((module) => module.mountWriter),
  bundle: () => import("./components/bundle.mjs").then((module) => module.mountBundle),
  "link-maker": () => import("./components/link-maker.mjs").then((module) => module.mountLinkMaker),
  "link-maker-choice": () => import("./components/link-maker.mjs").then((module) => module.mountLinkMakerChoice),
  "group-links": () => import("./components/group-links.mjs").then((module) => module.mountGroupLinks),
  journal: () => import("./components/journal.mjs").then((module) => module.mountJournal),
  "forget-everything": () => import("./components/forget-everything.mjs").then((module) => module.mountForgetEverything),
};

const mounted = new Map(); // element → component

async function mountPage() {
  for (const [element, component] of mounted) {
    if (!element.isConnected) {
      component.unmount();
      mounted.delete(element);
    }
  }
  const present = Object.keys(COMPONENTS).filter((name) => document.querySelector(`[data-component="${name}"]`));
  const mounts = await Promise.all(present.map((name) => COMPONENTS[name]())); // fetched side by side
  present.forEach((name, index) => {
    for (const element of document.querySelectorAll(`[data-component="${name}"]`)) {
      if (mounted.has(element)) continue;
      mounted.set(element, mounts[index](element));
      element.dataset.mounted = ""; // its code runs: what a test waits for, not the load event
    }
  });
}

// One page at a time: a page shown while the last one's code is still on
// its way waits for it, so no element is mounted twice or out of order.
let mounting = Promise.resolve();
function mountAll() {
  mounting = mounting.then(mountPage).catch((error) => console.error("Next Steps: a component did not start", error));
}

// A page with Python registers it once Python has started (client.mjs).
if (!document.querySelector("[data-python]")) registerOffline();

// On a page that starts Python, Material's code runs once Python has
// answered (overrides/partials/hold-material.html): mount at once, and on
// Material's page events once it is here.
if (typeof document$ !== "undefined") document$.subscribe(mountAll);
else {
  mountAll();
  window.addEventListener("next-steps:material", () => document$.subscribe(mountAll), { once: true });
}
