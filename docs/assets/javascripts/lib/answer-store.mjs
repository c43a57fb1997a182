// Where typed answers are kept between visits, and how they are deleted.
// By default: sessionStorage (this tab, until it closes). With "Remember my
// answers on this device": localStorage. Nothing is ever sent anywhere.
// Every key starts with PREFIX, so "Delete my answers" can find them all.

const PREFIX = "next-steps:";
const REMEMBER = `${PREFIX}remember`;
const draftKey = (writer) => `${PREFIX}draft:${writer}`;

function storages() {
  // Storage can be switched off or full; the site then keeps nothing.
  const usable = [];
  for (const name of ["sessionStorage", "localStorage"]) {
    try {
      if (window[name]) usable.push(window[name]);
    } catch {
      /* blocked by the browser's settings */
    }
  }
  return usable;
}

function safely(action, fallback = null) {
  try {
    return action();
  } catch {
    return fallback;
  }
}

export function remembering() {
  return safely(() => localStorage.getItem(REMEMBER) === "yes", false);
}

function activeStore() {
  return safely(() => (remembering() ? localStorage : sessionStorage));
}

export function saveDraft(writer, values) {
  safely(() => activeStore()?.setItem(draftKey(writer), JSON.stringify(values)));
}

export function loadDraft(writer) {
  return safely(() => {
    const raw = activeStore()?.getItem(draftKey(writer));
    const values = raw ? JSON.parse(raw) : null;
    return values && typeof values === "object" && !Array.isArray(values) ? values : null;
  });
}

// Switching moves every draft to the other storage, so nothing is left
// behind in the one the reader did not choose.
export function setRemembering(on) {
  safely(() => {
    const [from, to] = on ? [sessionStorage, localStorage] : [localStorage, sessionStorage];
    for (const key of Object.keys(from)) {
      if (key.startsWith(`${PREFIX}draft:`)) {
        to.setItem(key, from.getItem(key));
        from.removeItem(key);
      }
    }
    if (on) localStorage.setItem(REMEMBER, "yes");
    else localStorage.removeItem(REMEMBER);
  });
}

// Everything this site stored, in both storages, for every page.
export function deleteEverything() {
  let removed = 0;
  for (const store of storages()) {
    for (const key of Object.keys(store)) {
      if (key.startsWith(PREFIX)) {
        store.removeItem(key);
        removed += 1;
      }
    }
  }
  return removed;
}

// Other parts of the site (the move-on journal) keep their data under the
// same prefix so that deleteEverything reaches them too.
export function storageKey(name) {
  return PREFIX + name;
}

// A mark kept for this tab only (a bundle's next step), under the same
// prefix, so "Delete my answers" removes it with the rest.
export function markForTab(name, on) {
  safely(() => (on ? sessionStorage.setItem(storageKey(name), "yes") : sessionStorage.removeItem(storageKey(name))));
}

export function markedForTab(name) {
  return safely(() => sessionStorage.getItem(storageKey(name)) !== null, false);
}
