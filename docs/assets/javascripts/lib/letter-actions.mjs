// What a reader can do with a finished letter: copy, email, print, download.
// The texts, file names and email links come from Python (exports.py); this
// file only hands them to the browser.

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// A file from Python: bytes as base64 (a .docx) or plain text (an .ics).
export function saveFile({ name, type, base64, text }) {
  const data = base64 === undefined ? text : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// The print stylesheet shows only the article marked as the print target.
function printLetter(article) {
  const root = document.documentElement;
  root.dataset.printing = "";
  article.dataset.printTarget = "";
  window.addEventListener(
    "afterprint",
    () => {
      delete article.dataset.printTarget;
      delete root.dataset.printing;
    },
    { once: true },
  );
  window.print();
}

const COPIED = {
  "copy-subject": "Subject copied. Paste it into the subject line of your email.",
  "copy-body": "Text copied. Paste it into your email or document.",
  "copy-all": "Subject and text copied.",
};

// Returns the sentence to announce in the writer's status region.
export async function runAction(action, letter, article, python) {
  switch (action) {
    case "copy-subject":
    case "copy-body":
    case "copy-all": {
      const text = { "copy-subject": letter.subject, "copy-body": letter.body, "copy-all": letter.text }[action];
      return (await copyText(text)) ? COPIED[action] : "Copying is blocked here. Select the text and copy it yourself.";
    }
    case "email":
      return letter.mailto
        ? "Opening your email app."
        : "This letter is too long to open in an email app reliably. Copy it and paste it into a new email instead.";
    case "print":
      printLetter(article);
      return "";
    case "download-txt":
    case "download-docx": {
      if (python.state !== "ready") {
        return "Downloads need the letter writer, which is not running. Copy the text instead.";
      }
      const format = action === "download-txt" ? "txt" : "docx";
      saveFile(await python.call("export", { letter, format }));
      return `Downloaded ${format === "txt" ? "a text file" : "a Word file"}.`;
    }
    default:
      return "";
  }
}
