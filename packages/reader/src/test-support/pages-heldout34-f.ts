import { links, type TestPage } from './page-kit.js';
import { mbinThread } from './pages-heldout34-f2.js';

/**
 * Held-out batch 34, file f: a Thread Reader App page of an unrolled X thread (Bootstrap navbar, "Thread by @..." heading,
 * the author card with name, handle, tweet count, reading time and date, "Read on X", the Bookmark / Save as PDF / My Authors
 * menu, one `content-tweet` div per tweet with an image, the "force a refresh" note, the "Keep Current with" and "This
 * Thread may be Removed Anytime!" cards, "Try unrolling a thread yourself!", "More from" with dates, the support-us box with
 * premium, donation and crypto addresses, and the footer).
 */
const trTitle = 'Thread by @ihalloran_geo';
const trTweets = [
  'Last Tuesday a slope above the village of Valdora moved about four metres in one night. Nobody was hurt, and I’ve been getting ' +
    'a lot of questions about it, so here is what we know and what we don’t. 🧵 1/14',
  'First, the setting. Valdora sits at the foot of a long slope of clay and broken shale, under a ridge of harder limestone. Slopes ' +
    'like this creep all the time, a few centimetres a year, and this one has been monitored since 2011. 2/',
  'What changed is the water. The valley had its wettest autumn on record: 610 mm of rain between September and November, about ' +
    'twice the normal amount. Clay loses strength when its pores fill with water. 3/',
  'The monitoring picked it up. GPS stations on the slope showed movement speeding up from roughly 2 cm a month in October to ' +
    '2 cm a day in the first week of December. That is the signal everyone watches for. 4/',
  'This is why the evacuation happened on the Sunday, two days before the big movement. The civil protection team moved 37 ' +
    'households out on the strength of those numbers. It was a good call and I want that on the record. 5/',
  'Now, the night itself. Between about 11 pm and 4 am the central part of the slide moved roughly four metres downhill. The road ' +
    'to the upper farms is gone, and two barns are badly damaged. The houses in the village itself have not moved. 6/',
  'Here is the scarp at the top, photographed on Wednesday morning by the survey team. The fresh face is about three metres high. ' +
    'You can see water seeping out at its base, which tells you the slope is still saturated. 7/',
  'What we don’t know yet: whether the slide is slowing down for good. Movement has dropped to a few centimetres a day since ' +
    'Thursday, which is encouraging, but it has slowed and sped up before. 8/',
  'We also don’t know exactly how deep the failure surface is. The best guess from the boreholes is 12–15 metres, in a layer of ' +
    'softer clay. New boreholes are being drilled this week to check. 9/',
  'The most useful thing that can happen now is drainage. Pumping water out of the slope through wells and trench drains is slow, ' +
    'unglamorous work, but lowering the water table by even a couple of metres makes a big difference to stability. 10/',
  'A lot of people have asked if this is climate change. Honest answer: one wet autumn is weather. But the region’s records show ' +
    'autumn rainfall extremes becoming more frequent since the 1990s, and slopes like this one are sensitive to exactly that. 11/',
  'A few people have also shared a video claiming the whole mountain is collapsing. It isn’t. That clip is from a different slide ' +
    'in 2019, in another country. Please check before you share. 12/',
  'I’ll post updates when the borehole results are in. In the meantime, if you live in the valley, the civil protection office is ' +
    'holding an open meeting on Friday at 6 pm in the school hall. 13/',
  'Thanks to the survey team, who have been out in freezing rain all week, and to everyone in Valdora for their patience. 14/14',
];
const trMore = [
  { t: 'Why the Sella glacier lake is being drained this summer, and why that’s not as dramatic as it sounds.', d: 'Aug 4, 2025' },
  { t: 'People keep asking me how we actually measure a landslide moving. A short thread on GPS, radar and very long tape measures.', d: 'Mar 17, 2025' },
];
const trSupport = [
  'Did Thread Reader help you today?',
  'Support us! We are indie developers!',
  'This site is made by just two indie developers on a laptop doing marketing, support and development! Read more about the story.',
  'Become a Premium Member ($3/month or $30/year) and get exclusive features!',
  'Become Premium',
  'Don’t want to be a Premium member but still want to support us?',
  'Make a small donation by buying us coffee ($5) or help with server cost ($10)',
  'Donate via Paypal',
  'Or Donate anonymously using crypto!',
  'Thank you for your support!',
];
const trNav = ['Help', 'Premium', 'Login'];
const trFoot = ['Help', 'About', 'TOS', 'Privacy'];
const trHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Thread by @ihalloran_geo on Thread Reader App – Thread Reader App</title><meta name="description" content="@ihalloran_geo: ${trTweets[0]}">
<meta property="og:title" content="Thread by @ihalloran_geo on Thread Reader App"><meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/css/bootstrap.min.css?v=4.6.2"><link rel="stylesheet" href="/css/app.css?v=1733829201">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script><script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="thread-page"><nav class="navbar navbar-expand-md navbar-light bg-white border-bottom fixed-top"><div class="container"><a class="navbar-brand"
href="/"><img
src="/images/logo-thread-reader.png" width="30" height="30" alt=""> Thread Reader</a><button class="navbar-toggler" type="button" data-toggle="collapse"
data-target="#navbarNav" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse"
id="navbarNav"><ul
class="navbar-nav ml-auto">${links(trNav, 'nav-item')}</ul></div></div></nav>
<div class="container thread-container" data-controller="thread" data-thread-id="1999277713456012345"><div class="row"><div class="col-lg-8 offset-lg-2">
<div class="thread-info card mb-3"><div class="card-body"><div class="d-flex align-items-center"><a href="/user/ihalloran_geo"><img
class="avatar rounded-circle mr-2"
src="https://pbs.twimg.com/profile_images/1711/ines_normal.jpg" width="48" height="48" alt=""></a><div><h1 class="h5 mb-0 thread-title">${trTitle}</h1>
<div class="thread-user"><a class="thread-user-name" href="/user/ihalloran_geo">Ines Halloran</a> <span
class="thread-screen-name text-muted">@ihalloran_geo</span></div>
</div></div><div class="thread-stats small text-muted mt-2"><span>14 tweets</span>, <span>4 min read</span> · <time datetime="2025-12-12T09:41:00Z">Dec 12,
2025</time></div>
<div class="mt-2"><a class="btn btn-sm btn-outline-primary" href="https://x.com/ihalloran_geo/status/1999277713456012345" rel="nofollow" target="_blank">Read
on X</a>
<div class="dropdown d-inline-block"><button class="btn btn-sm btn-light dropdown-toggle" data-toggle="dropdown" aria-label="More options"></button><div
class="dropdown-menu"><a class="dropdown-item" href="/account/bookmarks?add=1999277713456012345">Bookmark</a><a class="dropdown-item"
href="/thread/1999277713456012345.pdf">Save as PDF</a><a class="dropdown-item" href="/account/authors?add=ihalloran_geo">My
Authors</a></div></div></div></div></div>
${trTweets
  .map(
    (t, i) =>
      `<div class="content-tweet${i === 0 ? ' t-main' : ''}" id="tweet_${i + 1}" data-screenname="ihalloran_geo" data-tweet="19992777134560123${45 + i * 7}"` +
      ` dir="auto">${t}${
        i === 6
          ? '<span class="entity-image"><img class="img-fluid rounded" data-src="https://pbs.twimg.com/media/GfA1b2C3xYz.jpg" ' +
            'src="/images/1px.png" alt="Image"></span>'
          : ''
      }</div><span class="mb-2 d-block"></span>`,
  )
  .join('\n')}
<p class="text-center text-muted">• • •</p><p class="small text-muted text-center">Missing some Tweet in this thread? You can try to <a
href="/thread/1999277713456012345.html?refreshed=yes">force a refresh</a></p>
<div class="card mt-4"><div class="card-body text-center"><h2 class="h5">Keep Current with Ines Halloran</h2><p>Stay in touch and get notified when new unrolls
are
available from this author!</p><a class="btn btn-primary" href="/account/authors?add=ihalloran_geo">Follow Ines Halloran</a></div></div>
<div class="card mt-3"><div class="card-body text-center"><h2 class="h5">This Thread may be Removed Anytime!</h2><p>X may remove this content at any time! Save
it as
PDF for later use!</p><a class="btn btn-outline-secondary" href="/thread/1999277713456012345.pdf">Save this thread as PDF</a></div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h5">Try unrolling a thread yourself!</h2><ol><li>Follow <a
href="https://x.com/threadreaderapp">@ThreadReaderApp</a>
to mention us!</li><li>From a thread on X, mention us with a keyword “unroll”</li></ol><p><code>@threadreaderapp unroll</code></p><p>Practice here first or
read more on
our <a href="/help">help page</a>!</p></div></div>
<div class="more-from mt-4"><h2 class="h5">More from @ihalloran_geo</h2>${trMore
  .map(
    (m, i) =>
      `<div class="card mb-2"><div class="card-body"><a href="/thread/19${i}8811223344556677.html" class="text-body">${m.t}</a><div class="small text-muted">` +
      `${m.d}</div><a href="/thread/19${i}8811223344556677.html" class="small">Read more</a></div></div>`,
  )
  .join('\n')}</div>
<div class="support-box card mt-4"><div class="card-body"><h2 class="h5">${trSupport[0]}</h2><p class="lead">${trSupport[1]}</p><p>This site is made by just
two indie
developers on a laptop doing marketing, support and development! <a href="/about">Read more about the story.</a></p><p>${trSupport[3]}</p><a
class="btn btn-primary"
href="/premium">${trSupport[4]}</a><p class="mt-3">${trSupport[5]}</p><p>${trSupport[6]}</p><a class="btn btn-outline-primary"
href="https://www.paypal.com/donate?hosted_button_id=XXXX">${trSupport[7]}</a><p class="mt-3">${trSupport[8]}</p><ul class="list-unstyled small"><li>Ethereum
<code>0x4a91c0ffee5eed0000a11ce0000b0b000000c0de</code> <button class="btn btn-link btn-sm">copy</button></li><li>Bitcoin
<code>bc1qz0example0address0not0real0qq9x7</code>
<button class="btn btn-link btn-sm">copy</button></li></ul><p class="mb-0">${trSupport[9]}</p></div></div></div></div></div>
<footer class="footer mt-5 py-3 bg-light"><div class="container text-center small"><p>Follow Us!</p><ul
class="list-inline">${links(trFoot, 'list-inline-item')}</ul>
<p class="text-muted">Thread Reader App is not affiliated with X Corp.</p></div></footer>
<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/bootstrap.bundle.min.js"></script><script
src="/js/thread.js?v=1733829201"></script></body></html>`;
const threadReader: TestPage = {
  html: trHtml,
  name: 'heldout34-thread-reader-unrolled-thread',
  kind: 'forum',
  // the page's own heading "Thread by @ihalloran_geo" is the title (the thread has no other; the <title> adds "on Thread
  // Reader App"); every tweet of the thread is body, with its "n/" counters; the author's name and the thread's date are
  // bylines (the handle is a word of the title: left out); tweet count, reading time, "Read on X", the Bookmark / PDF / My
  // Authors menu, the "• • •" and refresh note, the "Keep Current", "Removed Anytime" and "Try unrolling" cards, "More from"
  // with its threads and dates, the support box (premium, donations, crypto labels), navbar and footer are furniture; the
  // crypto addresses and the "@threadreaderapp unroll" example are code (in neither list), their "copy" buttons furniture; the
  // footer's "About" is a word of the tweets: left out
  title: trTitle,
  headings: [],
  body: trTweets,
  bylines: ['Ines Halloran', 'Dec 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thread Reader', ...trNav, '14 tweets', '4 min read', 'Read on X', 'Bookmark', 'Save as PDF', 'My Authors', '• • •',
    'Missing some Tweet in this thread? You can try to force a refresh', 'Keep Current with Ines Halloran',
    'Stay in touch and get notified when new unrolls are available from this author!', 'Follow Ines Halloran', 'This Thread may be Removed Anytime!',
    'X may remove this content at any time! Save it as PDF for later use!', 'Save this thread as PDF', 'Try unrolling a thread yourself!',
    'Follow @ThreadReaderApp to mention us!', 'From a thread on X, mention us with a keyword “unroll”', 'Practice here first or read more on our help page!',
    'More from @ihalloran_geo', ...trMore.flatMap((m) => [m.t, m.d]), 'Read more', ...trSupport, 'Ethereum', 'Bitcoin', 'copy', 'Follow Us!', 'TOS', 'Privacy',
    'Thread Reader App is not affiliated with X Corp.',
  ],
};

export const HELDOUT34_F: readonly TestPage[] = [threadReader, mbinThread];
