import { links, type TestPage, texts } from './page-kit.js';
import { quoraClone } from './pages-heldout152-e2.js';

/**
 * Held-out batch 152, file e: an Ask MetaFilter question as a logged-out visitor saves it (the site tabs for the MetaFilter
 * sub-sites, the Ask MetaFilter logo and nav with "Log In" / "Sign Up", the h1.posttitle with the date and "Subscribe" in a
 * smallcopy span inside it, the question's above-the-fold text and its "more inside" part, the "posted by ... to ... (n
 * answers total)" line with the favourites count, <br>-separated comments with "posted by ... at ... on ..." and
 * "[n favorites]", best answers marked with a class and an image, the older / newer links, "You are not currently logged
 * in", the tags and "Related Questions" sidebar and the footer) and, from file e2, an answer page on a Quora-style Q&A clone.
 */
const amTitle = 'How do I keep a sourdough starter alive while I am away for six weeks?';
const amAbove = ['I am leaving for a six-week work trip in November and I do not want to lose my starter, which is now four years old.'];
const amMore = [
  'Nobody at home can feed it. My fridge will be switched off because the flat will be empty, though I could leave it with a ' +
    'neighbour who is happy to keep a jar in their fridge as long as they do not have to do anything to it.',
  'It is a rye starter, fairly stiff, kept at about 80 percent hydration. I normally feed it twice a week from the fridge. What is ' +
    'the most reliable way to get it through six weeks of neglect?',
];
interface AmComment {
  id: string;
  user: string;
  time: string;
  date: string;
  favs?: string | undefined;
  best?: boolean | undefined;
  paras: readonly string[];
}
const amComments: readonly AmComment[] = [
  {
    id: '7911204',
    user: 'pebble_and_rye',
    time: '6:31 AM',
    date: 'October 9, 2025',
    favs: '14 favorites',
    best: true,
    paras: [
      'Dry some. Spread a thin layer of freshly fed starter on baking paper, leave it somewhere warm until it snaps, then crumble it into ' +
        'a jar. It keeps for months at room temperature and comes back in two or three feeds.',
      'I do this before every long trip and also keep a jar of flakes in the cupboard as insurance. A four-year-old starter deserves a backup.',
    ],
  },
  {
    id: '7911217',
    user: 'marrowbone',
    time: '6:48 AM',
    date: 'October 9, 2025',
    favs: '6 favorites',
    paras: [
      'Six weeks in a fridge is fine for a stiff rye starter, honestly. Give it a big feed, make it even stiffer than usual, put it in ' +
        'a jar with plenty of headroom and let the neighbour keep it at the back of their fridge.',
      'It will have a layer of dark liquid and smell like nail varnish when you get back. Pour the liquid off, take a spoonful from ' +
        'the middle and feed that. It will be sluggish for a couple of days and then fine.',
    ],
  },
  {
    id: '7911250',
    user: 'Ostrander',
    time: '7:40 AM',
    date: 'October 9, 2025',
    favs: '3 favorites',
    paras: ['You can also freeze it. Mine survived three months in the freezer in a small tub. Thaw it slowly in the fridge, not on the counter.'],
  },
  {
    id: '7911391',
    user: 'hollis_wren',
    time: '11:02 AM',
    date: 'October 9, 2025',
    favs: '1 favorite',
    paras: [
      'Do both the drying and the neighbour’s fridge. If one fails you still have the other, and dried flakes make good presents for ' +
        'friends who have always wanted to try sourdough.',
    ],
  },
  {
    id: '7912044',
    user: 'quince_and_thyme',
    time: '4:15 PM',
    date: 'October 10, 2025',
    favs: '2 favorites',
    paras: [
      'Thank you all. I have a tray of starter drying on top of the boiler as I type, and the neighbour has agreed to a jar. I will ' +
        'report back in December on which one wakes up first.',
    ],
  },
];
const amSites = ['MetaFilter', 'Ask MetaFilter', 'FanFare', 'Projects', 'Music', 'Jobs', 'IRL', 'MetaTalk'];
const amNav = ['Home', 'FAQ', 'About', 'Archives', 'Tags', 'Popular', 'Random', 'Log In', 'Sign Up'];
const amTags = ['sourdough', 'baking', 'bread', 'travel', 'food-storage'];
const amRelated: [string, string][] = [
  ['Reviving a neglected rye starter', 'March 3, 2024'],
  ['Baking bread in a holiday rental with no scales', 'July 19, 2023'],
  ['How long can flour really keep?', 'January 8, 2022'],
];
const amFoot = ['About', 'Contact', 'FAQ', 'Privacy Policy', 'Content Policy', 'Jobs', 'Archives', 'Tags', 'Support MetaFilter'];
const amComment = (c: AmComment): string => `<div class="comments${c.best ? ' best' : ''}" id="c${c.id}"><a name="${c.id}"></a>${
  c.best ? '<img src="https://d2c8v52ll5s99u.cloudfront.net/images/bestanswer.gif" width="10" height="10" alt="best answer" title="best answer"> ' : ''
}${c.paras.join('<br>\n<br>\n')}<br>
<span class="smallcopy commentby">posted by <a href="https://www.metafilter.com/user/${c.id.slice(3)}" target="_self">${c.user}</a> at
<a href="/389512/How-do-I-keep-a-sourdough-starter-alive#${c.id}" target="_self">${c.time}</a> on ${c.date}${
  c.favs
    ? ` [<a href="/favorited/2/${c.id}" title="${c.favs.replace('favorites', 'users').replace('favorite', 'user')} marked this as favorite">${c.favs}</a>]`
    : ''
}</span></div>`;
const amHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How do I keep a sourdough starter alive while I am away for six weeks? - Ask MetaFilter</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="I am leaving for a six-week work trip in November.">
<link rel="canonical" href="https://ask.metafilter.com/389512/How-do-I-keep-a-sourdough-starter-alive-while-I-am-away-for-six-weeks">
<meta property="og:site_name" content="Ask MetaFilter"><meta property="og:title" content="${amTitle}"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://d2c8v52ll5s99u.cloudfront.net/css/askme.css?v=2025.3" type="text/css">
<script src="https://d2c8v52ll5s99u.cloudfront.net/scripts/jquery-3.7.1.min.js"></script>
<script>var thread_id = 389512; var site = "ask"; var logged_in = false;</script></head>
<body><a class="skip-link" href="#posts">Skip to main content</a><div id="sitelinks"><ul class="sitelinks">${amSites
  .map((t) => `<li${t === 'Ask MetaFilter' ? ' class="current"' : ''}><a href="https://${t.toLowerCase().replace(/ /g, '')}.metafilter.com">${t}</a></li>`)
  .join('')}</ul></div>
<div id="navholder"><div id="nav"><div id="logo"><a href="https://ask.metafilter.com"><img src="https://d2c8v52ll5s99u.cloudfront.net/images/askme_logo.png"
alt="Ask MetaFilter" width="282" height="58"></a><span class="tagline">querying the hive mind</span></div><div id="menu"><ul class="menulinks">${links(
  amNav.slice(0, 7),
)}</ul><ul class="menulinks right"><li><a href="https://login.metafilter.com/?returnurl=x">${amNav[7]}</a></li><li><a
href="https://login.metafilter.com/signup">
${amNav[8]}</a></li></ul></div></div></div>
<div id="page"><div class="container" id="posts"><div class="copy"><h1 class="posttitle">${amTitle}<br><span class="smallcopy">October 9, 2025 6:02 AM
&nbsp; <a href="https://login.metafilter.com/?returnurl=subscribe" title="Subscribe to this thread" class="subscribe">Subscribe</a></span></h1>
<div class="copy post">${amAbove[0]}<br>\n<br>\n<div class="miseperpost">${amMore.join('<br>\n<br>\n')}</div><br>
<span class="smallcopy postbyline">posted by <a href="https://www.metafilter.com/user/180441" target="_self">quince_and_thyme</a> to
<a href="/tags/Food+%26+Drink" target="_self">Food &amp; Drink</a> (<a href="#comments" target="_self">14 answers total</a>)
<span id="fav_count_389512"><a href="/favorited/1/389512" title="5 users marked this as favorite">5 users marked this as a favorite</a></span></span></div>
<a name="comments"></a><div class="comments-container">
${amComments.map(amComment).join('\n')}
<div class="comments" id="more-comments"><span class="smallcopy"><a href="#" class="load-more">Load 9 more answers</a></span></div></div>
<p class="prevnext"><a href="/389509/Kids-bike-for-a-very-tall-seven-year-old" target="_self">« Older</a> Kids’ bike for a very tall seven-year-old |
Is it worth repointing a garden wall myself? <a href="/389514/Is-it-worth-repointing-a-garden-wall-myself" target="_self">Newer »</a></p>
<p class="whitesmallcopy notloggedin">You are not currently logged in. <a href="https://login.metafilter.com/?returnurl=x">Log in</a> or
<a href="https://login.metafilter.com/signup">create a new account</a> to post comments.</p></div>
<div id="sidebar" class="sidebar"><div id="tags"><h2 class="sidebar-title">Tags</h2><ul class="tags">${links(amTags)}</ul></div>
<div id="related"><h2 class="sidebar-title">Related Questions</h2><ul class="related">${amRelated
  .map(([t, d]) => `<li><a href="/x">${t}</a><br><span class="smallcopy">${d}</span></li>`)
  .join('\n')}</ul></div><div class="support-box"><p>MetaFilter is supported by its members, not by advertising.</p>
<a class="button" href="https://www.metafilter.com/support">Become a member</a></div></div></div></div>
<footer id="footer"><ul class="footer-links">${links(amFoot)}</ul><p class="smallcopy">Ask MetaFilter is a community question-and-answer site
from MetaFilter Community LLC. Content is copyright its contributors.</p></footer>
<script src="https://d2c8v52ll5s99u.cloudfront.net/scripts/mefi.js?v=2025.3"></script></body></html>`;
const askMe: TestPage = {
  html: amHtml,
  name: 'heldout152-ask-metafilter-question',
  kind: 'forum',
  // the question (above the fold and "more inside") and every answer are body; the date and "Subscribe" inside the h1 are
  // a byline and furniture, not part of the title; "posted by ..." user names and the answer times and dates are bylines;
  // the category, answer and favourite counts, "Load 9 more answers", the older / newer titles, tags, related questions,
  // the support box and the footer are furniture
  title: amTitle,
  headings: [],
  body: [...texts(amAbove), ...texts(amMore), ...amComments.flatMap((c) => texts(c.paras))],
  bylines: ['October 9, 2025 6:02 AM', 'quince_and_thyme', ...amComments.flatMap((c) => [c.user, c.time]), 'October 9, 2025', 'October 10, 2025'].filter(
    (t, i, a) => a.indexOf(t) === i,
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...amSites, 'querying the hive mind', ...amNav, 'Subscribe', 'Food & Drink', '14 answers total',
    '5 users marked this as a favorite',
    ...amComments.flatMap((c) => (c.favs ? [c.favs] : [])), 'Load 9 more answers', '« Older', 'Kids’ bike for a very tall seven-year-old',
    'Is it worth repointing a garden wall myself?', 'Newer »', 'You are not currently logged in. Log in or create a new account to post comments.', 'Tags',
    ...amTags,
    'Related Questions', ...amRelated.flat(), 'MetaFilter is supported by its members, not by advertising.', 'Become a member', ...amFoot,
    'Ask MetaFilter is a community question-and-answer site from MetaFilter Community LLC. Content is copyright its contributors.',
  ])],
};

export const HELDOUT152_E: readonly TestPage[] = [askMe, quoraClone];
