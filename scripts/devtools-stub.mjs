// Ink connects to React devtools only when DEV=true; the kiosk never does.
export default { initialize() {}, connectToDevTools() {} };
