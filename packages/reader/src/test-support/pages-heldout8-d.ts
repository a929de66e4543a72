import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file d: a Tumblr text post on a custom theme with its notes (likes and reblogs),
 * and an NGO campaign story with a donate banner, an impact-figures strip and a donation form.
 */
const binding = [
  'A few people asked how I bound the little field notebooks from last week, so here is the whole process. It is a ' +
    'coptic stitch, which lies completely flat when open, and that is the whole reason I use it for sketchbooks.',
  'You need six signatures of four folded sheets each, two boards cut a few millimetres larger than the paper, waxed ' +
    'linen thread and two curved needles. I use 18/3 thread; anything thinner cuts into the paper over time.',
  'Punch the stations first. I make a jig from a strip of card the height of the signature and mark four holes on it, ' +
    'about 15 mm from each end and evenly spaced between. Use the same jig for the boards so everything lines up.',
  'Start inside the first signature, go out through the first station, around the cover board and back in. Each ' +
    'station gets its own needle pass, and each new signature is linked to the one before with a kettle stitch at the ends ' +
    'and a small loop under the previous chain in the middle.',
  'Keep the tension even rather than tight. The most common mistake I see is pulling so hard the spine curls; you want ' +
    'the chains to sit snugly on the spine like a row of knitting.',
  'Finish by linking the last signature to the back board the same way you started, and tie off inside with a double knot.',
  'That is it. The first one takes an afternoon. By the fifth you will be doing it while watching television.',
];
const tumblrHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>marginalia press — how I bind the field notebooks</title>
<meta name="description" content="A few people asked how I bound the little field notebooks from last week">
<meta property="og:type" content="tumblr-feed:text"><meta name="twitter:site" content="tumblr">
<script src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js"></script>
</head><body class="permalink-page">
<iframe class="tmblr-iframe tmblr-iframe--desktop-loggedout-controls" title="Tumblr controls" src="about:blank"></iframe>
<div class="tumblr-controls"><a href="/follow">Follow</a><a href="/register">Sign up</a></div>
<div id="container"><header id="header"><h1 class="blog-title"><a href="/">marginalia press</a></h1>
<p class="description">bookbinding, paper, the occasional cat. she/her</p>
<nav class="blog-nav"><ul>${links(['archive', 'ask me anything', 'tutorials', 'shop'])}</ul></nav></header>
<div id="posts"><article class="post text" id="post-7419330018">
<h2 class="post-title"><a href="/post/7419330018/how-i-bind-the-field-notebooks">how I bind the field notebooks</a></h2>
<div class="post-body">
${ps(binding.slice(0, 3))}
<figure class="tmblr-full" data-orig-height="1200" data-orig-width="1600"><img src="https://64.media.tumblr.com/notebook.jpg" alt="image"></figure>
${ps(binding.slice(3))}
</div>
<footer class="post-meta"><a class="post-date" href="/post/7419330018">Mar 2nd, 2025</a>
<ul class="tags">${['bookbinding', 'coptic stitch', 'tutorial', 'my work'].map((t) => `<li><a href="/tagged/${t}">#${t}</a></li>`).join('')}</ul>
<div class="post-actions"><a class="reblog" href="/reblog/7419330018">reblog</a><a class="like" href="#">like</a>
<a class="notes-count" href="#notes">243 notes</a></div></footer>
<ol class="notes" id="notes">
<li class="note like"><a href="https://inkwellandthread.example/">inkwellandthread</a> liked this</li>
<li class="note reblog"><a href="https://paperjam.example/">paperjam</a> reblogged this from <a href="/">marginalia-press</a></li>
<li class="note reblog with_commentary"><a href="https://fernbooks.example/">fernbooks</a> reblogged this from marginalia-press and added:
<blockquote>saving this for my next sketchbook, thank you!!</blockquote></li>
<li class="note like"><a href="https://quietstudio.example/">quietstudio</a> liked this</li>
<li class="more_notes_link_container"><a class="more_notes_link" href="#">Show more notes</a></li></ol>
</article></div>
<nav class="pagination"><a href="/post/7419330001">older post</a> <a href="/">newer post</a></nav>
<footer id="footer"><p>theme by <a href="https://quietthemes.example/">quietthemes</a></p></footer></div>
</body></html>`;
const tumblr: TestPage = {
  html: tumblrHtml,
  name: 'heldout8-tumblr-text-post',
  kind: 'blog',
  // hard calls: the post title (h2) is the title, not the blog name in h1; the notes, including the reblog
  // comment, are furniture like a comment rail; the hashtag list and the note count are furniture
  title: 'how I bind the field notebooks',
  headings: [],
  body: texts(binding),
  bylines: ['Mar 2nd, 2025'],
  furniture: [
    'Follow',
    'Sign up',
    'marginalia press',
    'bookbinding, paper, the occasional cat. she/her',
    'ask me anything',
    'tutorials',
    '#bookbinding',
    '#coptic stitch',
    '#my work',
    'reblog',
    '243 notes',
    'inkwellandthread liked this',
    'paperjam reblogged this from marginalia-press',
    'fernbooks reblogged this from marginalia-press and added:',
    'saving this for my next sketchbook, thank you!!',
    'quietstudio liked this',
    'Show more notes',
    'older post',
    'newer post',
    'theme by quietthemes',
  ],
};

const wells = [
  'When the borehole in Nakaseke’s Kiwoko parish ran dry in 2023, the nearest clean water was a three-hour round trip ' +
    'on foot. For Grace Nalubega, who sells vegetables at the Tuesday market, that meant leaving home before dawn with two ' +
    'jerrycans and arriving at her stall after the best buyers had gone.',
  'The parish had a well. What it did not have was anyone who knew how to fix it. The pump’s rising main had corroded ' +
    'through, a repair that costs about $180 in parts, and no one in the village had the tools or the training to pull it.',
  'That is the gap our Water Keepers programme was built to close. Instead of drilling new wells, we train and equip ' +
    'local mechanics, most of them women, to keep existing pumps running, and we help each village set up a small ' +
    'repair fund that households pay into each month.',
  'Grace was one of the first twelve trainees in Nakaseke. Over six weeks she learned to diagnose a failing pump by ' +
    'ear, replace seals and pipe sections, and keep a logbook that tells the district office when a well needs more than ' +
    'a village can afford.',
  '“Before, when the pump broke, we waited for someone from outside,” she told us. “Sometimes they came in a month. ' +
    'Sometimes they did not come. Now they call me.”',
  'In its first year the programme brought 64 broken wells back into service across three districts and cut the average ' +
    'time a pump stays broken from 41 days to six.',
  'This spring we want to train 150 more mechanics. Each one costs about $420 to train and equip with a full tool kit, ' +
    'and each one keeps water flowing for roughly 2,000 people.',
];
const ngoHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>“Now they call me”: the mechanics keeping Uganda’s wells running | Clearwater Trust</title>
<meta property="og:title" content="“Now they call me”: the mechanics keeping Uganda’s wells running">
<script type="application/ld+json">{"@type":"Article","headline":"Now they call me","author":{"@type":"Person","name":"Ruth Achieng"}}</script>
<script src="https://js.stripe.com/v3/"></script><script>window.dataLayer=window.dataLayer||[];</script>
</head><body class="page-template-story">
<div class="donate-banner" role="complementary"><p>Double your impact: every gift is matched until 31 March.</p>
<a class="donate-banner__cta" href="/donate?src=banner">Donate now</a></div>
<header class="site-header"><a class="site-logo" href="/">Clearwater Trust</a>
<nav class="primary-nav"><ul>${links(['Our work', 'Where we work', 'Stories', 'Get involved', 'About us'])}</ul></nav>
<a class="btn btn--donate" href="/donate">Donate</a></header>
<main id="main"><article class="story">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/stories">Stories</a> / <span>Uganda</span></nav>
<header class="story__header"><p class="story__kicker">Field story</p>
<h1 class="story__title">“Now they call me”: the mechanics keeping Uganda’s wells running</h1>
<p class="story__standfirst">A broken pump is usually a small repair. Our Water Keepers programme makes sure someone nearby can do it.</p>
<p class="story__meta">Words by Ruth Achieng · Photos by Samuel Opio · 12 February 2025</p></header>
<figure class="story__hero"><img src="/media/grace-pump.jpg" alt="A woman repairs a hand pump">
<figcaption>Grace Nalubega tests a repaired pump in Kiwoko parish. © Samuel Opio / Clearwater Trust</figcaption></figure>
<div class="story__body">
${ps(wells.slice(0, 4))}
<blockquote class="pullquote"><p>“Now they call me.”</p></blockquote>
${ps(wells.slice(4))}
</div>
<aside class="impact-strip"><ul>
<li><strong>64</strong> wells repaired</li><li><strong>128,000</strong> people with water again</li><li><strong>6 days</strong> average repair time</li>
</ul></aside>
<section class="donate-form"><h2>Train a Water Keeper</h2><p>£35 buys a set of pipe wrenches</p><p>£120 pays for a week of training</p>
<button>Give monthly</button><button>Give once</button></section>
<div class="share"><span>Share this story</span></div>
</article>
<section class="related-stories"><h2>More stories</h2><ul>
${links(['Rain tanks for twelve schools in Turkana', 'What a year of clean water changed in Mbale'])}
</ul></section></main>
<footer class="site-footer"><p>Clearwater Trust is a registered charity in England and Wales (no. 1109876).</p>
<ul>${links(['Privacy', 'Fundraising promise', 'Contact'])}</ul></footer>
<div class="cookie-notice"><p>We use cookies to make our site work and to understand how you use it.</p><button>OK</button></div>
</body></html>`;
const ngo: TestPage = {
  html: ngoHtml,
  name: 'heldout8-ngo-campaign-story',
  kind: 'news',
  // hard calls: the standfirst is body; the pull quote repeats a quoted sentence, so it is furniture but cannot be
  // measured by itself and is left out; the impact figures strip, donate banner and donation form are furniture
  title: '“Now they call me”: the mechanics keeping Uganda’s wells running',
  headings: [],
  body: ['A broken pump is usually a small repair. Our Water Keepers programme makes sure someone nearby can do it.', ...texts(wells)],
  bylines: ['Words by Ruth Achieng · Photos by Samuel Opio · 12 February 2025'],
  furniture: [
    'Double your impact: every gift is matched until 31 March.',
    'Donate now',
    'Our work',
    'Where we work',
    'Get involved',
    'About us',
    'Field story',
    'Grace Nalubega tests a repaired pump in Kiwoko parish. © Samuel Opio / Clearwater Trust',
    '64 wells repaired',
    '128,000 people with water again',
    '6 days average repair time',
    'Train a Water Keeper',
    '£35 buys a set of pipe wrenches',
    '£120 pays for a week of training',
    'Give monthly',
    'Give once',
    'Share this story',
    'More stories',
    'Rain tanks for twelve schools in Turkana',
    'What a year of clean water changed in Mbale',
    'Clearwater Trust is a registered charity in England and Wales (no. 1109876).',
    'Fundraising promise',
    'We use cookies to make our site work and to understand how you use it.',
  ],
};

export const HELDOUT8_D: readonly TestPage[] = [tumblr, ngo];
