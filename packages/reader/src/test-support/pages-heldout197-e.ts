import { type TestPage, texts } from './page-kit.js';
import { webnodePage } from './pages-heldout197-e2.js';

/**
 * Held-out batch 197, file e: a Carrd one-page site used as a potter's letter (the wrapper / main / inner shell, an active
 * section with the image, h1, a date line, text components whose paragraphs are span.p runs inside one p, h2 text
 * components, dividers and a button row, and inactive sections hidden with display:none holding a subscribe form and a
 * past-letters list, the icon row with hidden labels, the footer text and the "Made with Carrd" credit) and, from file e2, a
 * Webnode site's blog page.
 */
const kTitle = 'Why I stopped doing the winter fairs';
const kDate = 'Letter no. 14 · November 2025';
const kP1 = [
  'For nine years the run-up to Christmas meant the same thing: five weekends of craft fairs, a borrowed van, two folding tables ' +
    'and about four hundred mugs wrapped in newspaper. This year I am not doing any of them, and a few of you have written to ask why.',
  'The short answer is that the numbers stopped working. The long answer is below.',
];
const kH1 = 'The numbers';
const kP2 = [
  'Last winter I paid between 90 and 260 pounds a pitch, plus fuel, plus the van. On a good Saturday I took six hundred pounds. ' +
    'On a wet one I took eighty. Once I added up the firings it took to build the stock, I had earned a little under four pounds an ' +
    'hour across the season, and I had not made a single new piece since September.',
  'That last part mattered more than the money. Fairs reward the things that sell quickly: mugs, small bowls, the blue glaze. ' +
    'They do not reward the bigger jugs I actually want to make.',
  'There is also the body to think about. Lifting crates of stoneware in and out of a van in the cold, ten times a month, is ' +
    'how I hurt my back two winters ago, and the physio was blunt about what would happen if I kept at it.',
];
const kH2 = 'What happens instead';
const kP3 = [
  'The studio will be open on the first two Saturdays of December, from ten until four. There will be seconds at half price, ' +
    'mince pies, and the jugs. If you cannot come, the online shop opens on 1 December with a smaller batch, posted in the ' +
    'order the orders arrive.',
  'I will also be at the Harbour Makers market on 13 December, because it is ten minutes from home and the organisers charge ' +
    'a flat twenty pounds. Some habits are worth keeping.',
];
const kP4 = [
  'Thank you to everyone who came to a fair over the years, especially the people who came back every December. I hope you ' +
    'will come to the studio instead.',
  'Ellen',
];
const kBtns = ['Visit the shop', 'Get the letters'];
const kSub = ['Get the next letter', 'About one a month. No spam, and you can leave whenever you like.', 'Email', 'Sign up', 'Back'];
const kPast = ['Letter no. 13 · Glaze tests and a broken kiln shelf', 'Letter no. 12 · The summer open studio', 'Letter no. 11 · Clay from the river'];
const kIcons = ['Instagram', 'Email', 'Shop'];
const kFoot = 'Ellen Farrow Ceramics · Unit 2, Old Rope Works, Portmellow';
const kSp = (id: string, cls: string, a: readonly string[]): string =>
  `<p id="${id}" class="${cls}">${a.map((t) => `<span class="p">${t}</span>`).join('')}</p>`;
const kHtml = `<!DOCTYPE HTML>
<html lang="en"><head><title>${kTitle} — Ellen Farrow Ceramics</title><meta charset="utf-8" /><meta name="viewport"
content="width=device-width,initial-scale=1" />
<meta name="color-scheme" content="light only" /><meta name="description" content="For nine years the run-up to Christmas meant five weekends of craft fairs."
/>
<meta property="og:site_name" content="Ellen Farrow Ceramics" /><meta property="og:title" content="${kTitle}" /><meta property="og:type" content="website" />
<meta property="og:image" content="https://ellenfarrow.example/assets/images/card.jpg?v=2a1b9c4e" /><link rel="icon" type="image/png"
href="assets/images/favicon.png?v=2a1b9c4e" />
<link href="https://fonts.googleapis.example/css2?display=swap&family=Inter:ital,wght@0,400;0,600&family=Fraunces:wght@500" rel="stylesheet" type="text/css" />
<style>html,body,div,span,h1,h2,p,a,img,ul,li,form,label,section{margin:0;padding:0;border:0;font-size:100%;font:inherit;vertical-align:baseline;}
body.is-loading *{transition:none!important;}#wrapper{-webkit-overflow-scrolling:touch;align-items:center;display:flex;}
#main > .inner > section.inactive{display:none;}</style><noscript><style>body{overflow:auto!important;}</style></noscript></head>
<body class="is-loading"><svg xmlns="http://www.w3.org/2000/svg" version="1.1" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40" display="none"
width="0" height="0"><symbol id="icon-a1" viewBox="0 0 40 40"><path d="M20,7c-3.5,0-4,0-5.4,0.1"/></symbol></svg>
<div id="wrapper"><div id="main"><div class="inner">
<section id="home-section" class="active">
<div id="image01" class="image"><span class="frame"><img src="assets/images/image01.jpg?v=2a1b9c4e" alt="A row of tall jugs drying on a shelf" /></span></div>
<p id="text01">${kDate}</p>
<h1 id="text02">${kTitle}</h1>
${kSp('text03', 'style2', kP1)}
<hr id="divider01" />
<h2 id="text04" class="style3">${kH1}</h2>
${kSp('text05', 'style2', kP2)}
<h2 id="text06" class="style3">${kH2}</h2>
${kSp('text07', 'style2', kP3)}
${kSp('text08', 'style2', kP4)}
<ul id="buttons01" class="buttons"><li><a href="https://shop.ellenfarrow.example" class="button n01">${kBtns[0]}</a></li>
<li><a href="#subscribe" class="button n02">${kBtns[1]}</a></li></ul>
<hr id="divider02" />
</section>
<section id="subscribe-section" class="inactive" style="display: none;">
<h2 id="text09" class="style3">${kSub[0]}</h2><p id="text10" class="style2">${kSub[1]}</p>
<form id="form01" method="post"><div class="inner"><div class="field"><label for="form01-email">${kSub[2]}</label><input type="email" name="email"
id="form01-email" placeholder="Email" maxlength="128" required /></div><div class="actions"><button type="submit">${kSub[3]}</button></div></div>
<input type="hidden" name="id" value="form01" /></form>
<ul id="buttons02" class="buttons"><li><a href="#home" class="button n01">${kSub[4]}</a></li></ul>
</section>
<section id="letters-section" class="inactive" style="display: none;">
<h2 id="text11" class="style3">Past letters</h2><ul id="links01"
class="links">${kPast.map((t, i) => `<li class="n0${i + 1}"><a href="#letter-${13 - i}">${t}</a></li>`).join('')}</ul>
</section>
<ul id="icons01" class="icons">${kIcons
  .map(
    (t, i) => `<li><a class="n0${i + 1}" href="#${t.toLowerCase()}" aria-label="${t}"><svg><use xlink:href="#icon-a${i + 1}"></use>
</svg><span class="label">${t}</span></a></li>`,
  )
  .join('')}</ul>
<p id="text12" class="style4">${kFoot}</p>
</div></div></div>
<div id="credits"><a href="https://carrd.example/build?ref=auto" target="_blank">Made with Carrd</a></div>
<script>(function() { var on = addEventListener, off = removeEventListener, $ = function(q) { return document.querySelector(q) },
$$ = function(q) { return document.querySelectorAll(q) }, $body = document.body, $inner = $('.inner'),
client = (function() { var o = { browser: 'other', browserVersion: 0, os: 'other', osVersion: 0, mobile: false, canUse: null }; return o; }());
on('load', function() { setTimeout(function() { $body.classList.remove('is-loading'); }, 100); }); })();</script></body></html>`;
const carrd: TestPage = {
  html: kHtml,
  name: 'heldout197-carrd-blog',
  kind: 'blog',
  // the text components put their paragraphs in span.p runs inside one p: each run is a body paragraph, and the sign-off
  // "Ellen" is body; the letter line above the title is a byline; buttons, the hidden subscribe and past-letters sections,
  // icon labels, the footer text and the credit are furniture
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([...kP1, ...kP2, ...kP3, ...kP4]),
  bylines: [kDate],
  furniture: [...kBtns, ...kSub, 'Past letters', ...kPast, 'Instagram', 'Shop', kFoot, 'Made with Carrd'],
};

export const HELDOUT197_E: readonly TestPage[] = [carrd, webnodePage];
