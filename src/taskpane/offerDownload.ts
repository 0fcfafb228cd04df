/**
 * How long the file's object URL lives: the browser reads the blob after the click returns, and revoking it at once
 * cancels the download in some browsers (FileSaver.js waits 40 s for the same reason).
 */
const URL_LIFETIME_MS = 40_000;

/**
 * Offers bytes as a file download: an object URL clicked through a temporary `<a download>`, as any web page does.
 * The pane is a web page in every Excel: on the web the browser downloads the file; desktop Excel's webview (Edge
 * WebView2, WKWebView on the Mac) may show its save dialog instead.
 */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string): void {
  // The copy is typed as over an ArrayBuffer, which Blob requires; a view of a SharedArrayBuffer would not be.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
