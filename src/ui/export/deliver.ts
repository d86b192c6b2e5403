/** Handing an export to the user: a download from memory, or the print dialog for a printable page. */
import type { Download } from "../../export/downloads";

/** Long enough for the browser to have started the download before its object URL goes. */
const URL_LIFETIME_MS = 60_000;

/** Saves the file through a link to an object URL: nothing leaves the computer. */
export function saveDownload({ name, type, data }: Download): void {
  // A copy typed as backed by an ArrayBuffer, which is what Blob takes (fflate's zip may be any buffer).
  const bytes = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/** Prints a whole HTML document from a hidden frame, which goes once the print dialog is closed. */
export function printHtml(html: string): void {
  const frame = document.createElement("iframe");
  frame.className = "print-frame";
  frame.title = "打印";
  Object.assign(frame.style, { position: "fixed", width: "0", height: "0", border: "0", visibility: "hidden" });
  frame.addEventListener("load", () => {
    frame.contentWindow?.print();
    frame.remove();
  });
  frame.srcdoc = html;
  document.body.append(frame);
}
