// The room view: shows what kaarten pushes, and nothing else. Texts are set with
// textContent (never as HTML); the connection comes back by itself after sleep or a restart.
"use strict";

const $ = (id) => document.getElementById(id);

// The largest font size (px) at which the whole text fits: no taller than the room it
// has, and no word wider than the text's own width (a long word breaks rather than spill).
function fit(element, height, largest) {
  const fits = () => element.scrollHeight <= height + 1 && element.scrollWidth <= element.clientWidth + 1;
  let low = 8, high = largest;
  element.style.fontSize = high + "px";
  if (fits()) return;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    element.style.fontSize = middle + "px";
    if (fits()) low = middle;
    else high = middle;
  }
  element.style.fontSize = low + "px";
}

function drawQr(rows) {
  const size = rows.length;
  let d = "";
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === "1") d += `M${x} ${y}h1v1h-1z`;
  });
  $("qr-code").setAttribute("viewBox", `0 0 ${size} ${size}`);  // rows hold the quiet zone
  $("qr-path").setAttribute("d", d);
}

let last = null;

function show(state) {
  last = state;
  const view = state.view || "welkom";
  document.body.className = view;
  document.body.classList.toggle("contrast", !!state.contrast);
  document.documentElement.lang = state.language || "nl";
  document.title = (state.words && state.words.tab) || "kaarten";
  $("kind").textContent = state.kind || "";
  $("turn").textContent = state.turn || "";
  $("title").textContent = state.title || "";
  $("text").textContent = view === "qr" ? "" : state.text || "";
  const cards = $("cards");
  cards.replaceChildren(...(state.cards || []).map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
  if (view === "qr") {
    drawQr(state.qr || []);
    $("qr-title").textContent = state.title || "";
    $("qr-address").textContent = state.address || "";
    $("title").textContent = "";
  }
  const timer = state.timer;
  $("timer-digits").textContent = timer ? timer.display : "";
  $("timer-label").textContent = timer ? timer.label : "";
  document.body.classList.toggle("over", !!(timer && timer.over));
  layout();
}

function layout() {
  if (!last) return;
  const view = last.view || "welkom";
  if (view === "kaart" || view === "definitie" || view === "energizer") {
    const stage = $("stage");
    const style = getComputedStyle(stage);
    const inner = (a, b) => parseFloat(style[a]) + parseFloat(style[b]);
    const share = view === "energizer" && (last.cards || []).length ? 0.45 : 1;
    const height = (stage.clientHeight - inner("paddingTop", "paddingBottom")) * share;
    fit($("text"), height, Math.floor(window.innerHeight * 0.2));
  } else {
    $("text").style.fontSize = "";
  }
}

function connect() {
  const events = new EventSource("events");
  events.onmessage = (message) => {
    $("offline").hidden = true;
    show(JSON.parse(message.data));
  };
  events.onerror = () => {
    $("offline").hidden = false;
    $("offline").textContent = (last && last.words && last.words.offline) || "…";
    if (events.readyState === EventSource.CLOSED) {
      events.close();
      setTimeout(connect, 2000);  // the app restarted, or the laptop slept
    }
  };
}

window.addEventListener("resize", layout);
connect();
