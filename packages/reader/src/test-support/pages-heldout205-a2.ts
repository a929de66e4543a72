import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 205, file a2: a blog post on a hand-made Neocities personal site (a marquee under the header image, the
 * top link bar, a left sidebar with the status.cafe widget as the saved DOM holds it after its script ran, a "currently"
 * box, the guestbook link and a hit counter, a right sidebar with a webring bar, 88x31 buttons and a "link to me" box,
 * older / newer post links, and a footer with "last updated").
 */
const title = 'fixing nana’s singer 201k (part 2: the motor)';
const p1 = [
  'ok so if you read <a href="/blog/2025-08-30.html">part 1</a> you know the machine came out of the loft in a terrible state. ' +
    'the bed was fine after a clean, the hook was fine, the tension was fine once i took out about forty years of lint. the ' +
    'motor was not fine. it hummed, it smelled like a burnt toastie, and it did not turn.',
  'i am not an electrician!! please do not take this as advice, take it as a diary of a person who was very careful and had ' +
    'her dad on the phone the whole time.',
];
const h1 = 'taking it apart';
const p2 = [
  'the 201k has a potted motor that bolts onto the back. two screws and it comes off, but the wires go through the bed to the ' +
    'light and the foot pedal, so i labelled every single one with masking tape before undoing anything. i also took about sixty ' +
    'photos. future me was very grateful for the photos.',
  'inside there are two little carbon brushes held in by screw caps. one of them was worn right down to a stub, maybe 3mm left, ' +
    'and the other one was cracked in half. that would explain the humming and not turning.',
];
const h2 = 'the grease situation';
const p3 = [
  'the other thing everyone on the forums says about these motors is the grease. there are two grease tubes with felt wicks ' +
    'that feed the motor bearings, and after decades the old grease goes hard like candle wax. mine were completely solid. i dug ' +
    'them out with a cocktail stick and refilled them with proper motor lubricant (NOT vaseline, which is apparently what people ' +
    'used to do and which turns to glue).',
  'things i used, for anyone doing the same:',
];
const list = [
  'a set of replacement brushes from a sewing machine parts shop, about £6',
  'motor lubricant in a tube with a long nozzle',
  'cotton buds and isopropyl alcohol for the commutator',
  'a multimeter (borrowed from dad) to check the wiring afterwards',
  'a lot of masking tape and a pen',
];
const h3 = 'did it work';
const p4 = [
  'YES. i cleaned the commutator with a cotton bud until it was copper coloured instead of black, put the new brushes in, ' +
    'bolted it all back together and dad checked the wiring with the multimeter before i plugged it in. it started first time ' +
    'and it sounds like a purring cat now instead of a dying wasp.',
  'i sewed a test seam through four layers of denim and it did not even slow down. nana used to make all our school ' +
    'trousers on this machine and i got a bit emotional about it, not going to lie.',
  'part 3 will be the paint and the decals, which are very worn on the bed. i have not decided whether to touch them up or ' +
    'leave them, because the worn bits are where her hands went. let me know what you think in the guestbook!',
];
const marquee = '~*~ welcome to the workshop ~*~ now with 100% more sewing machines ~*~';
const nav = ['home', 'about me', 'blog', 'sewing shrine', 'links', 'guestbook'];
const side = [
  'status',
  'finally finished the motor!!! it LIVES',
  '2 days ago',
  'currently',
  'reading: the left hand of darkness',
  'listening: cocteau twins on repeat',
  'mood: oily but happy',
  'sign my guestbook!',
  'you are visitor number',
];
const right = ['webring', 'prev', 'Craft Corner Webring', 'random', 'next', 'buttons', 'link to me!', 'feel free to hotlink my button, it lives on neocities'];
const postNav = ['older post', 'back to blog', 'newer post'];
const foot = ['made by hand in notepad++ by moth', 'last updated 14/09/2025', 'this site is best viewed with a cup of tea'];
const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>moth's workshop ~ blog</title>
<link href="/style.css" rel="stylesheet" type="text/css" media="all">
<link rel="icon" href="/img/favicon.gif">
<meta name="description" content="moth's little corner of the web. sewing machines, old radios and too many tabs open.">
<meta property="og:title" content="${title}">
<meta property="og:image" content="https://mothsworkshop.neocities.org/img/banner.png">
</head>
<body>
<div id="container">
<div id="header"><img src="/img/banner.png" alt="moth's workshop, pixel art of a sewing machine on a desk"></div>
<marquee behavior="scroll" scrollamount="4" class="topmarquee">${marquee}</marquee>
<div id="navbar"><ul>
${nav.map((t) => `<li><a href="/${t.replace(/ /g, '')}.html">${t}</a></li>`).join('\n')}
</ul></div>
<div id="flex">
<aside id="leftSidebar">
<div class="box"><h2>${side[0]}</h2>
<div id="statuscafe"><div id="statuscafe-username"><a href="https://status.cafe/users/moth" target="_blank">moth</a> 🪡</div>
<div id="statuscafe-content">${side[1]}</div><div id="statuscafe-time">${side[2]}</div></div>
<script src="https://status.cafe/current-user/moth.js" defer></script></div>
<div class="box"><h2>${side[3]}</h2><ul class="currently">
<li>${side[4]}</li>
<li>${side[5]}</li>
<li>${side[6]}</li>
</ul></div>
<div class="box center"><a href="https://moth.atabook.org/" target="_blank"><img src="/img/guestbook.gif" alt=""><br>${side[7]}</a></div>
<div class="box center"><p>${side[8]}</p>
<img src="https://counter.websiteout.net/compte.php?S=mothsworkshop.neocities.org&C=9&D=0&N=0&M=0" alt="hit counter"></div>
</aside>
<main>
<article class="post">
<h1>${title}</h1>
<p class="date">posted september 14, 2025</p>
<img class="postimg" src="/blog/img/201k-motor.jpg" alt="the singer motor in pieces on a tea towel" width="480">
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h1}</h2>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h2}</h2>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<ul>
${list.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>${h3}</h2>
${p4.map((t) => `<p>${t}</p>`).join('\n')}
</article>
<div class="postnav"><a href="/blog/2025-08-30.html">&lt;&lt; ${postNav[0]}</a> | <a href="/blog.html">${postNav[1]}</a> |
<a href="/blog/2025-09-27.html">${postNav[2]} &gt;&gt;</a></div>
</main>
<aside id="rightSidebar">
<div class="box"><h2>${right[0]}</h2>
<div id="craftcorner" class="webring"><a href="https://craftcorner.neocities.org/prev?u=mothsworkshop">${right[1]}</a> |
<a href="https://craftcorner.neocities.org/">${right[2]}</a> | <a href="https://craftcorner.neocities.org/random">${right[3]}</a> |
<a href="https://craftcorner.neocities.org/next?u=mothsworkshop">${right[4]}</a></div></div>
<div class="box buttons"><h2>${right[5]}</h2>
<a href="https://tinfoilhat.neocities.org"><img src="/img/buttons/tinfoil.gif" width="88" height="31" alt="tinfoil hat"></a>
<a href="https://loomlady.neocities.org"><img src="/img/buttons/loom.png" width="88" height="31" alt="loom lady"></a>
<a href="https://valvesandvinyl.neocities.org"><img src="/img/buttons/valves.gif" width="88" height="31" alt="valves and vinyl"></a>
</div>
<div class="box"><h2>${right[6]}</h2><img src="/img/mothbutton.gif" width="88" height="31" alt="moth's workshop">
<textarea readonly rows="3">&lt;a href="https://mothsworkshop.neocities.org"&gt;&lt;img
src="https://mothsworkshop.neocities.org/img/mothbutton.gif"&gt;&lt;/a&gt;</textarea>
<p class="small">${right[7]}</p></div>
</aside>
</div>
<footer id="footer"><p>${foot[0]}</p><p>${foot[1]}</p><p>${foot[2]}</p></footer>
</div>
</body>
</html>`;
export const neocitiesPost: TestPage = {
  html,
  name: 'heldout205-neocities-personal-blog',
  kind: 'blog',
  // the date line is the byline; the status.cafe handle "moth" is left out (it is a word of the footer line); the
  // sidebars, webring, buttons, post links, marquee and footer are furniture
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...p2, ...p3, ...list, ...p4],
  bylines: ['posted september 14, 2025'],
  furniture: [marquee, ...nav, ...side, ...right, ...postNav, ...foot],
};
