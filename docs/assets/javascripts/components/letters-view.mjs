// Draws Python's letters and files into a writer's output, from the
// <template> the build made, with textContent only.

import { saveFile } from "../lib/letter-actions.mjs";

// Each render updates the letters in place: a button keeps its focus, so a
// keyboard or screen reader user can press Copy as a render lands.
function fillArticle(article, letter, index) {
  article.dataset.layout = letter.layout;
  article.dataset.index = String(index);
  article.querySelector(".ns-letter__heading").textContent = letter.heading;
  article.querySelector(".ns-letter__subject").textContent = letter.subject;
  article.querySelector(".ns-letter__part--subject").hidden = !letter.subject;
  article.querySelector(".ns-letter__body-label").textContent = letter.body_label;
  article.querySelector(".ns-letter__body").textContent = letter.body;
  for (const part of article.querySelectorAll("[data-layout-only], [data-needs-subject]")) {
    const wrongLayout = "layoutOnly" in part.dataset && part.dataset.layoutOnly !== letter.layout;
    part.hidden = wrongLayout || ("needsSubject" in part.dataset && !letter.subject);
  }
  article.querySelector("[data-action='email']").href = letter.mailto || "#";
}

// draft: "" for a letter ready to send, or the sentence that says why not.
export function showLetters(root, letters, { draft }) {
  for (const sample of root.querySelectorAll("[data-sample]")) delete sample.dataset.sample;
  root.querySelector(".ns-sample-note")?.remove();
  const box = root.querySelector(".ns-letters");
  const template = root.querySelector(".ns-letter-template");
  box.dataset.draft = draft ? "true" : "false";
  const articles = [...box.querySelectorAll(":scope > .ns-letter")];
  letters.forEach((letter, index) => {
    if (!articles[index]) {
      articles[index] = template.content.firstElementChild.cloneNode(true);
      box.append(articles[index]);
    }
    fillArticle(articles[index], letter, index);
  });
  for (const extra of articles.splice(letters.length)) extra.remove();
  // A draft says so above the letter itself, where the reader looks.
  let note = box.querySelector(":scope > .ns-letters__draft-note");
  if (draft && letters.length) {
    if (!note) {
      note = document.createElement("p");
      note.className = "ns-letters__draft-note";
      box.prepend(note);
    }
    note.textContent = draft;
  } else {
    note?.remove();
  }
}

// Files Python offers beside the letters (a calendar file): one button each.
// say(text) announces what happened in the writer's status region.
export function showFiles(root, files, say) {
  const box = root.querySelector(".ns-files");
  box.replaceChildren(
    ...files.map((file) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button ns-action";
      button.textContent = `Download ${file.label}`;
      button.addEventListener("click", () => {
        saveFile(file);
        say(`Downloaded ${file.name}.`);
      });
      return button;
    }),
  );
  box.hidden = files.length === 0;
}
