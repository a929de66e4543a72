import { links, ps, type TestPage, texts } from './page-kit.js';
import { longreadsFeature } from './pages-heldout194-a2.js';

/**
 * Held-out batch 194, file a: an Aeon essay as the Next.js site serves it (top bar with Donate / Newsletter / Sign in, the
 * section and topic menus, topic breadcrumbs, the standfirst, the author card with bio, "Edited by", the date, the audio
 * "Listen to this essay" player, Save / Share / Syndicate buttons, a pull quote that repeats a sentence of the text, the
 * closing not-for-profit donation box, "Syndicate this essay", related essay cards, the newsletter form, the hidden share
 * dialog and the footer) and, from file a2, a Longreads feature.
 */
const aeTitle = 'The clock that stopped at ten past four';
const aeDek = `Many households keep a clock that no longer runs. What looks like neglect may be one of the oldest ways
we have of making time hold still for the dead`;
const aeP = [
  `In my grandmother’s kitchen in Ostervaal there was a wall clock with a cream face and a brass pendulum that had not moved
since the winter my grandfather died. Its hands pointed to ten past four. Nobody had stopped it on purpose, as far as anyone
could remember, and nobody ever started it again. Visitors sometimes offered to fix it. My grandmother would thank them and
change the subject.`,
  `For a long time I took this to be a small domestic failure, the kind that accumulates in any house where an old person lives
alone. It was only when I began asking friends and students about their own families that I realised how common such clocks
are. Of the 63 people I asked over two years, 21 could name a stopped clock that someone in their family had kept, on a
mantelpiece, in a drawer, or on a wrist, long after it could have been repaired.`,
  `Philosophers have tended to treat clocks as instruments, devices for measuring something that exists independently of them.
The clock on the wall is right or wrong; it tracks time well or badly. On this view, a stopped clock is simply a broken
instrument, right twice a day by accident and useless the rest of the time. But the people who keep stopped clocks are not
confused about what time it is. They carry phones. They catch trains. Whatever the stopped clock is doing for them, it is not
telling the time.`,
  `One possibility is that it is marking it. Anthropologists have long recorded customs in which the clocks of a house are halted
at the moment of a death, mirrors are covered, and the ordinary rhythm of the household is suspended until the burial. The
stopping is a sign that the usual order has been interrupted. In most of these traditions, though, the clocks are restarted
once the mourning period ends. What interests me is the clock that is never restarted: the interruption that becomes permanent
and is then quietly absorbed into everyday life.`,
  `A stopped clock makes an unusual kind of claim. It says that a particular moment still matters enough to be kept in view, but
it says so without words and without ceremony. It does not ask anything of the people who pass it. My grandmother did not light
candles in front of her clock or speak to it. She made tea beneath it for eleven years. The clock was simply there, pointing at
ten past four, while she went on living at every other hour.`,
  `There is a temptation to read this as denial, a refusal to let time move on. I think that gets the psychology backwards. A
person in denial would keep the clock running and pretend nothing had changed. The stopped clock admits the loss plainly. It
holds one instant apart from the flow of hours so that the flow can continue everywhere else. The kitchen kept its routines;
the clock kept the moment.`,
  `Seen this way, the stopped clock belongs with other objects we use to divide time into the kind that passes and the kind that
stays. A wedding ring does something similar, and so does a name carved on a bench. What distinguishes the clock is that its
whole purpose was once to move. Stopping it turns an instrument of passing time into a monument to a single point, and the
reversal is legible to anyone who sees it. You do not need to be told why the clock is stopped to understand that it is stopped
for a reason.`,
  `When my grandmother died, the family argued briefly about what to do with the clock. My uncle wanted it repaired and hung in his
hall. My mother wanted it left exactly as it was. In the end it went to my cousin, who put it on a shelf in her flat in
Lindmark, still at ten past four. She told me that she had thought about starting it and decided she could not. It would feel,
she said, like letting both of them go at once.`,
  `I have come to think that she was right, and that the question the stopped clock poses is not about time at all. It is about
how much of the past we are willing to carry with us, and in what form. Some people carry it in stories, some in photographs.
Some of us, it turns out, carry it in a small brass pendulum that will never swing again.`,
];
const aePull = 'The stopped clock admits the loss plainly.';
const aeBio = `Ilse Vandermeer is a lecturer in philosophy at the University of Tarrow, where she works on the philosophy of
emotion and material culture. Her latest book is The Patient Hour: Objects, Grief and the Shape of Time (2024).`;
const aeTop = ['Donate', 'Newsletter', 'Sign in'];
const aeNav = ['Essays', 'Ideas', 'Videos', 'Audio', 'Popular'];
const aeTopics = ['Philosophy', 'Science', 'Psychology', 'Society', 'Culture'];
const aeBox = [
  'Aeon is published by a not-for-profit and is free to read for everyone, everywhere.',
  'If this essay gave you something to think about, please consider supporting us with a donation of any size.',
];
const aeRelated = [
  [
    'Essay',
    'Psychology',
    'Why we hoard the belongings of the dead',
    'Keeping things that belonged to someone we loved can be a form of conversation',
    'Tomas Erling',
  ],
  ['Idea', 'Philosophy', 'Is the present moment real?', 'Physics seems to have no room for now. Our lives are made of nothing else', 'Priya Nandakumar'],
  ['Essay', 'Culture', 'The strange afterlife of voicemail', 'A saved message can become the last place a voice still lives', 'Gareth Obi'],
];
const aeNews = [
  'Get Aeon straight to your inbox',
  'Join our newsletter',
  'Daily: A daily dose of essays, guides and videos from Aeon+Psyche',
  'Weekly: A week’s worth of big ideas from Aeon',
  'Email address',
  'Subscribe',
  'I’m already subscribed',
  'Privacy policy',
];
const aeShare = ['Share this essay', 'Copy link', 'Email', 'Close'];
const aeFoot = ['About', 'Contact', 'Partners', 'Donate', 'RSS feed', 'Community guidelines', 'Terms and conditions'];
const aeHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>The clock that stopped at ten past four | Aeon Essays</title>
<meta name="description" content="Many households keep a clock that no longer runs. What looks like neglect may be one of the oldest ways we have"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="Aeon"/><meta property="og:title" content="${aeTitle} | Aeon Essays"/>
<meta name="twitter:site" content="@aeonmag"/><link rel="canonical" href="https://aeon.co/essays/the-clock-that-stopped-at-ten-past-four"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${aeTitle}","datePublished":"2025-10-07T10:00:00Z",
"author":[{"@type":"Person","name":"Ilse Vandermeer"}],"publisher":{"@type":"Organization","name":"Aeon"}}</script>
<link rel="preload" href="/_next/static/css/8b1d7c2a0e4f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1d7c2a0e4f.css"/>
<script src="https://www.googletagmanager.example/gtag/js?id=G-7XK2" async=""></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script></head>
<body><div id="__next"><div class="sc-9f2c1a0b-0 hqWmbn">
<header class="sc-4a7d3e21-0 fRzTkd"><div class="sc-4a7d3e21-1 jLqvPo"><a class="sc-4a7d3e21-2 cKeyaN" href="/" aria-label="Aeon homepage">
<svg viewBox="0 0 100 30" aria-hidden="true"><path d="M0 0h100v30H0z"></path></svg></a>
<nav class="sc-4a7d3e21-3 bYsTqR" aria-label="Site"><ul>${links(aeNav, 'sc-4a7d3e21-4 kLmNvA')}</ul></nav>
<div class="sc-4a7d3e21-5 dUvWxY">${aeTop
  .map(
    (t) => `<a class="sc-6e1f0b77-0 gHaPqz"
href="/${t.toLowerCase().replace(' ', '-')}">${t}</a>`,
  )
  .join('')}</div></div>
<nav class="sc-4a7d3e21-6 eQrTpn" aria-label="Topics"><ul>${links(aeTopics, 'sc-4a7d3e21-7 iJkLmo')}</ul></nav></header>
<main id="main"><article class="sc-1b8e6c5f-0 kVwXyZ">
<header class="sc-1b8e6c5f-1 aBcDeF"><div class="sc-1b8e6c5f-2 ghIjKl"><a href="/philosophy">Philosophy</a><span aria-hidden="true">›</span>
<a href="/philosophy/values-and-beliefs">Values and beliefs</a></div>
<figure class="sc-1b8e6c5f-3 mnOpQr"><img alt="A wall clock with a cream face above a kitchen dresser"
src="https://images.aeonmedia.example/essays/clock.jpg?width=3840"/>
<figcaption class="sc-1b8e6c5f-4 stUvWx">A kitchen clock in Ostervaal, 2019.
<span class="sc-1b8e6c5f-5">Photo by Henrike Sall/Northlight</span></figcaption></figure>
<h1 class="sc-1b8e6c5f-6 yzAbCd">${aeTitle}</h1>
<div class="sc-1b8e6c5f-7 eFgHiJ"><p>${aeDek}</p></div>
<div class="sc-2c9d4e1a-0 kLmNoP"><img class="sc-2c9d4e1a-1" alt="" src="https://images.aeonmedia.example/user_image_upload/vandermeer.jpg?width=128"/>
<div class="sc-2c9d4e1a-2 qRsTuV"><a class="sc-2c9d4e1a-3 wXyZaB" href="/users/ilse-vandermeer">Ilse Vandermeer</a>
<p class="sc-2c9d4e1a-4 cDeFgH">${aeBio}</p></div></div>
<div class="sc-3d0e5f2b-0 iJkLmN"><span class="sc-3d0e5f2b-1">Edited by <a href="/users/marit-selby">Marit Selby</a></span>
<time class="sc-3d0e5f2b-2" dateTime="2025-10-07">7 October 2025</time></div>
<div class="sc-5f2a7b4d-0 oPqRsT"><button class="sc-5f2a7b4d-1 uVwXyZ" type="button" aria-label="Play">
<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></svg></button><span class="sc-5f2a7b4d-2">Listen to this essay</span>
<span class="sc-5f2a7b4d-3">18 minute listen</span></div>
<div class="sc-6a3b8c5e-0 aBcDeG"><button type="button" class="sc-6a3b8c5e-1">Save</button><button type="button" class="sc-6a3b8c5e-1">Share</button>
<a class="sc-6a3b8c5e-2" href="/syndication">Syndicate</a></div></header>
<div class="sc-7b4c9d6f-0 has-dropcap article__body">
${ps(aeP.slice(0, 5))}
<blockquote class="sc-7b4c9d6f-1 pullquote" aria-hidden="true"><p>${aePull}</p></blockquote>
${ps(aeP.slice(5))}
</div>
<aside class="sc-8c5d0e7a-0 donate-box"><h2 class="sc-8c5d0e7a-1">Support Aeon</h2>${ps(aeBox)}
<a class="sc-8c5d0e7a-2 button" href="/donate">Make a donation</a></aside>
<div class="sc-9d6e1f8b-0 syndicate"><a href="/syndication">Syndicate this essay</a></div>
<div class="sc-9d6e1f8b-1 tags"><a href="/philosophy/values-and-beliefs">Values and beliefs</a><a href="/psychology/grief">Grief</a>
<a href="/culture/material-culture">Material culture</a></div></article>
<section class="sc-0e7f2a9c-0 related" aria-labelledby="related-title"><h2 id="related-title" class="sc-0e7f2a9c-1">Read next</h2>
<ul>${aeRelated
  .map(
    ([
      k,
      t,
      h,
      d,
      a,
    ]) => `<li class="sc-0e7f2a9c-2"><a href="/essays/${slugOf(h ?? '')}"><span class="sc-0e7f2a9c-3">${k}</span><span class="sc-0e7f2a9c-4">${t}</span>
<h3 class="sc-0e7f2a9c-5">${h}</h3><p class="sc-0e7f2a9c-6">${d}</p><span class="sc-0e7f2a9c-7">${a}</span></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="sc-1f8a3b0d-0 newsletter"><h2>${aeNews[0]}</h2><p>${aeNews[1]}</p><form>
<label><input type="checkbox" name="daily" checked=""/>${aeNews[2]}</label><label><input type="checkbox" name="weekly"/>${aeNews[3]}</label>
<label class="visually-hidden" for="nl-email">${aeNews[4]}</label><input id="nl-email" type="email" placeholder="Email address"/>
<button type="submit">${aeNews[5]}</button></form><a href="/newsletter/manage">${aeNews[6]}</a> · <a href="/privacy">${aeNews[7]}</a></section>
</main>
<div class="sc-2a9b4c1e-0 share-dialog" role="dialog" aria-hidden="true" hidden=""><h2>${aeShare[0]}</h2><button type="button">${aeShare[1]}</button>
<a href="mailto:?subject=The%20clock">${aeShare[2]}</a><button type="button" aria-label="Close">${aeShare[3]}</button></div>
<footer class="sc-3b0c5d2f-0 site-footer"><div class="sc-3b0c5d2f-1"><ul>${links(aeFoot, 'sc-3b0c5d2f-2')}</ul>
<p class="sc-3b0c5d2f-3">© Aeon Media Group Ltd. 2012-2025. Privacy Policy.</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"the-clock-that-stopped-at-ten-past-four","type":"essay"}}},
"page":"/essays/[slug]","buildId":"aZ81kQ"}</script>
<script src="/_next/static/chunks/pages/essays/%5Bslug%5D-2e6b0f1a.js" defer=""></script></body></html>`;
function slugOf(t: string): string {
  return t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
const aeon: TestPage = {
  html: aeHtml,
  name: 'heldout194-aeon-essay',
  kind: 'blog',
  // the standfirst is body; the author's name, "Edited by" line, date and listen time are bylines; the bio, caption, tags,
  // donation box, related cards, newsletter, share dialog and footer are furniture; the pull quote (it repeats a sentence of
  // the text) is in neither list
  title: aeTitle,
  headings: [],
  body: texts([aeDek, ...aeP]),
  bylines: ['Ilse Vandermeer', 'Edited by Marit Selby', '7 October 2025', '18 minute listen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aeNav, ...aeTop, ...aeTopics, 'Values and beliefs', 'A kitchen clock in Ostervaal, 2019.', 'Photo by Henrike Sall/Northlight',
    texts([aeBio])[0] as string, 'Listen to this essay', 'Save', 'Share', 'Syndicate', 'Support Aeon', ...aeBox, 'Make a donation',
    'Syndicate this essay', 'Grief', 'Material culture', 'Read next', ...new Set(aeRelated.flat().filter((t) => !aeTopics.includes(t))), ...aeNews,
    ...aeShare, ...aeFoot.filter((t) => t !== 'Donate'), '© Aeon Media Group Ltd. 2012-2025. Privacy Policy.',
  ],
};

export const HELDOUT194_A: readonly TestPage[] = [aeon, longreadsFeature];
