// The room view: shows what kaarten pushes, and nothing else. Texts are set with
// textContent (never as HTML); the connection comes back by itself after sleep or a restart.
"use strict";

const $ = (id) => document.getElementById(id);

// The largest font size (px) at which the whole text fits: no taller than the room it
// has, and no word wider than the text's own width.
function fit(element, height, largest, smallest) {
  const fits = () => element.scrollHeight <= height + 1 && element.scrollWidth <= element.clientWidth + 1;
  let low = smallest, high = largest;
  element.style.fontSize = high + "px";
  if (fits()) return true;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    element.style.fontSize = middle + "px";
    if (fits()) low = middle;
    else high = middle;
  }
  element.style.fontSize = low + "px";
  return fits();
}

// A text's words with soft hyphens where kaarten says a syllable ends (only used for a
// word too wide for the line at the smallest size: the browser then breaks it there).
function broken(text, syllables) {
  return text.replace(/[\p{L}\p{N}_]{8,}/gu, (word) => syllables[word] || word);
}

// The text on the stage: plain, or the blocks of a longer text (paragraphs, list items)
// as elements of their own; always set as text, never as HTML.
function fill(element, state, breakWords) {
  const syllables = breakWords ? state.syllables || {} : {};
  const blocks = state.blocks || [];
  element.classList.toggle("-blocks", blocks.length > 0);
  element.classList.toggle("-broken", breakWords);
  if (!blocks.length) {
    element.textContent = broken(state.text || "", syllables);
    return;
  }
  element.replaceChildren(...blocks.map((block) => {
    const item = document.createElement("div");
    item.className = "block " + block.kind;
    if (block.level) item.style.marginLeft = (1.5 * block.level) + "em";
    if (block.mark) {
      const mark = document.createElement("span");
      mark.className = "mark";
      mark.textContent = block.mark;
      item.append(mark);
    }
    const words = document.createElement("span");
    words.textContent = broken(block.text, syllables);
    item.append(words);
    return item;
  }));
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

// The bell: a short chime made here (Web Audio, no sound file). Browsers let a page sound
// only after a click on it, so the page asks once and remembers; after a reload a click
// (or key) on the page is needed again before the browser lets it sound.
const SOUND = "kaarten.geluid";
let audio = null;
let lastBell = null;

function audioContext() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!audio && Context) audio = new Context();
  return audio;
}

function soundState() {
  const context = audio;
  document.body.dataset.audio = context ? context.state : "none";
  const wanted = !!(last && last.sound);
  const allowed = context && context.state === "running";
  const button = $("sound");
  button.hidden = !wanted || allowed;
  button.textContent = (last && last.words && last.words.sound) || "…";
}

function allowSound() {
  localStorage.setItem(SOUND, "aan");
  const context = audioContext();
  if (context) context.resume().then(soundState, soundState);
  soundState();
}

function chime() {
  const context = audio;
  if (!context || context.state !== "running") return;
  const start = context.currentTime + 0.05;
  [[880, 0], [660, 0.35]].forEach(([pitch, after]) => {
    const tone = context.createOscillator(), level = context.createGain();
    tone.type = "sine";
    tone.frequency.value = pitch;
    level.gain.setValueAtTime(0.0001, start + after);
    level.gain.exponentialRampToValueAtTime(0.4, start + after + 0.02);
    level.gain.exponentialRampToValueAtTime(0.0001, start + after + 1.2);
    tone.connect(level).connect(context.destination);
    tone.start(start + after);
    tone.stop(start + after + 1.3);
  });
  document.body.dataset.chimes = String(Number(document.body.dataset.chimes || 0) + 1);
}

function ring(state) {
  const bell = Number(state.bell || 0);
  if (lastBell !== null && bell > lastBell && state.sound) chime();
  lastBell = bell;  // a page opened after a ring does not ring for it
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
  $("aside").textContent = state.aside || "";
  $("title").textContent = state.title || "";
  fill($("text"), view === "qr" ? {} : state, false);
  const cards = $("cards");
  cards.replaceChildren(...(state.cards || []).map((text) => {
    const item = document.createElement("li");
    item.textContent = broken(text, state.syllables || {});
    return item;
  }));
  if (view === "qr") {
    drawQr(state.qr || []);
    $("qr-title").textContent = state.title || "";
    $("qr-address").textContent = state.address || "";
    $("title").textContent = "";
  }
  const wall = state.wall || [];
  $("wall").replaceChildren(...wall.map((text) => {
    const item = document.createElement("li");
    item.textContent = text;  // whole words: the fit makes it smaller instead
    return item;
  }));
  document.body.classList.toggle("-wall", wall.length > 0);
  $("sizes").replaceChildren(...(state.sizes || []).map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
  if (view === "proef") {
    drawQr(state.qr || []);
    $("qr-title").textContent = "";
    $("qr-address").textContent = state.address || "";
  }
  const timer = state.timer;
  $("timer-digits").textContent = timer ? timer.display : "";
  $("timer-label").textContent = timer ? timer.label : "";
  document.body.classList.toggle("over", !!(timer && timer.over));
  document.body.classList.toggle("soon", !!(timer && timer.soon && !timer.over));
  ring(state);
  soundState();
  layout();
}

function layout() {
  if (!last) return;
  const view = last.view || "welkom";
  if (view === "kaart" || view === "definitie" || view === "energizer" || view === "proef") {
    const stage = $("stage");
    const style = getComputedStyle(stage);
    const inner = (a, b) => parseFloat(style[a]) + parseFloat(style[b]);
    const share = view === "energizer" && (last.cards || []).length ? 0.45 : 1;
    const room = stage.clientHeight - inner("paddingTop", "paddingBottom");
    // What the group said takes its own room under the card, at most two fifths of it and
    // never larger than the card's own words would be; the card gets the rest.
    let wall = 0;
    if (view === "kaart" && (last.wall || []).length) {
      const said = $("wall"), readable = Math.max(8, Math.floor(window.innerHeight * 0.025));
      fit(said, room * 0.4, Math.floor(window.innerHeight * 0.05), readable);
      wall = said.offsetHeight + parseFloat(style.rowGap || 0);
    }
    const height = (room - wall) * share;
    const text = $("text"), largest = Math.floor(window.innerHeight * 0.2);
    // The smallest size that still reads from the back of a room; smaller only for a text
    // too long for the screen at that size, with every word whole.
    const readable = Math.max(8, Math.floor(window.innerHeight * 0.025));
    fill(text, last, false);
    if (fit(text, height, largest, readable)) return;
    text.style.fontSize = readable + "px";
    if (text.scrollWidth <= text.clientWidth + 1) {
      fit(text, height, readable, 8);  // long: smaller, words whole
      return;
    }
    fill(text, last, true);  // a word wider than the line at a readable size
    fit(text, height, largest, 8);
  } else {
    $("text").style.fontSize = "";
  }
}

// Only kaarten knows the secret in this page's address, and it signs every state with it.
// The stream's address holds a digest of the secret, never the secret itself: whoever takes
// the port after kaarten quits learns nothing to sign with, and what it sends is not shown.
const secret = new TextEncoder().encode(location.pathname.split("/").filter(Boolean)[0] || "");
const signing = crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
const stream = crypto.subtle.digest("SHA-256", secret).then((digest) => {
  const token = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return "/ev/" + token.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "").slice(0, 32);
});
const bytes = (hex) => new Uint8Array((hex.match(/../g) || []).map((pair) => parseInt(pair, 16)));
let queue = Promise.resolve();  // states are checked one after another, in order

async function signed(data) {
  const message = JSON.parse(data);
  if (typeof message.state !== "string" || typeof message.mac !== "string") return null;
  const fits = await crypto.subtle.verify(
    "HMAC", await signing, bytes(message.mac), new TextEncoder().encode(message.state));
  return fits ? JSON.parse(message.state) : null;
}

async function connect() {
  const events = new EventSource(await stream);
  events.onmessage = (message) => {
    queue = queue.then(() => signed(message.data)).then((state) => {
      if (state === null) {  // not from kaarten: counted (for a look in the browser), not shown
        document.body.dataset.refused = String(Number(document.body.dataset.refused || 0) + 1);
        return;
      }
      $("offline").hidden = true;
      show(state);
    }).catch(() => {});
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
$("sound").addEventListener("click", allowSound);
// Any click or key on the page lets it sound again after a reload, once sound was wanted.
["pointerdown", "keydown"].forEach((kind) => document.addEventListener(kind, () => {
  if (localStorage.getItem(SOUND) === "aan") allowSound();
}));
if (localStorage.getItem(SOUND) === "aan") audioContext();  // the browser may allow it now
connect();
