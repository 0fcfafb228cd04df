import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFor } from "./i18n";
import { createPaneServices } from "./office/services";

// The pane's bootstrap: the only place that touches Office.onReady, Excel and the FluentProvider.
void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  // Outside an Office host there is no Office.context at all.
  const locale = localeFor(Office.context?.displayLanguage);
  document.documentElement.lang = locale;
  // Excel exists inside Excel only (and in the browser test, which injects a fake one while onReady reports no
  // host), so it, not the host name, decides whether the pane can work.
  const services = typeof Excel === "undefined" ? null : createPaneServices((batch) => Excel.run(batch));
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} services={services} />
    </FluentProvider>,
  );
});
