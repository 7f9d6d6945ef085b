// Puppeteer must never download a browser here: the tests drive Debian's Firefox ESR (and Chromium)
// through puppeteer-core's executablePath. @web/test-runner-puppeteer depends on full `puppeteer`.
module.exports = { skipDownload: true };
