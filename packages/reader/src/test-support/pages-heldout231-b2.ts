import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file b2: an Ask MetaFilter question (the site bar with the subsite links, "querying the hive mind"
 * tagline, the above-the-fold question and its "more inside" text, the "posted by ... to Home &amp; Garden" line with the
 * answer count, answers each with its "posted by ... at ... on ..." smallcopy and favorite counts, one marked best answer,
 * the tags, "Related Questions", the logged-out notice and the footer).
 */
const aTitle = 'How do I stop my 1930s sash windows rattling without ruining them?';
const aFold = j(
  'Our rented flat has the original timber sash windows and they rattle every time a bus goes past, which is every four',
  'minutes. The landlord will not replace them (fair enough, they are lovely). What can a tenant do that is cheap, reversible and',
  'does not involve paint?',
);
const aMore = [
  j(
    'Details: the windows are painted white on the inside, the sashes move up and down fine, and there is roughly a 3 mm gap between',
    'the sash and the frame at the sides. The noise is worst on the two front windows facing the road. We are in the flat for at',
    'least another two years.',
  ),
  'I have seen brush strips mentioned but do not know if they need routing into the frame. Anything I can stick on and peel off?',
];
const aAnswers = [
  {
    user: 'ferngully_ish',
    when: 'at 9:14 AM on March 3',
    fav: '4 favorites',
    best: true,
    text: j(
      'Wedges first, as a test. Fold a bit of cardboard, push it between the sash and the staff bead at the side where it rattles,',
      'and see if the noise stops. If it does, the problem is side play, and you can buy rubber sash wedges for a few pounds that',
      'do the same job more neatly and come out without a mark.',
    ),
  },
  {
    user: 'Ambrosine',
    when: 'at 9:40 AM on March 3',
    fav: '2 favorites',
    best: false,
    text: j(
      'There are self-adhesive brush pile strips sold for exactly this. You stick them to the staff bead, not the sash, so the',
      'sash slides against the brush. They peel off cleanly if you warm the adhesive with a hair dryer first. Measure the gap',
      'before you order, they come in different pile heights.',
    ),
  },
  {
    user: 'tinwhistle',
    when: 'at 10:02 AM on March 3',
    fav: '',
    best: false,
    text: j(
      'If the meeting rails in the middle rattle rather than the sides, the fitch catch (the latch) is probably worn. A new one',
      'costs very little and pulls the two sashes tight together. Ask the landlord; most would happily pay for that.',
    ),
  },
  {
    user: 'Kestrel Rowntree',
    when: 'at 11:26 AM on March 3',
    fav: '1 favorite',
    best: false,
    text: j(
      'Secondary glazing film on a magnetic frame also helped us a lot, more with the noise of the buses than with the rattle',
      'itself. It is invisible from outside and comes off in seconds, so it is fine for renters.',
    ),
  },
  {
    user: 'Ollie Vantongeren',
    when: 'at 2:51 PM on March 4',
    fav: '',
    best: false,
    text: j(
      'Update from the asker: the cardboard test worked on one window and the fitch catch was the culprit on the other.',
      'Wedges ordered, landlord is sending someone about the catch. Thanks, all.',
    ),
  },
];
const aSites = ['MetaFilter', 'FanFare', 'Ask MetaFilter', 'Projects', 'Music', 'Jobs', 'IRL', 'MetaTalk'];
const aMenu = ['Popular', 'Recent activity', 'Categories', 'Tags', 'Archives', 'Search'];
const aTags = ['windows', 'renting', 'noise', 'DIY', 'sash'];
const aRelated = [
  'Quietest way to block traffic noise in a bedroom? [December 14, 2023]',
  'Draught-proofing a rented Victorian house [October 2, 2022]',
  'Stuck sash window, painted shut [May 9, 2021]',
];
const aFoot = ['About', 'Content Policy', 'Guidelines', 'FAQ', 'Contact', 'Privacy', 'Terms of Use', 'Donate'];
const aAnswer = (a: (typeof aAnswers)[number], i: number): string => `<div class="comments${a.best ? ' best' : ''}" id="${7810 + i}">${a.text}<br>
<span class="smallcopy">posted by <a href="https://www.metafilter.example/user/${2300 + i}" target="_self">${a.user}</a> ${a.when}</span>
${a.fav === '' ? '' : `<span class="smallcopy"> [<a href="/favorited/3/${7810 + i}" title="${a.fav}" class="favorites">${a.fav}</a>]</span>`}
${a.best ? '<span class="smallcopy best">[best answer!]</span>' : ''}</div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How do I stop my 1930s sash windows rattling without ruining them? - Ask MetaFilter</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${aFold.slice(0, 120)}">
<meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Ask MetaFilter"><link rel="canonical"
href="https://ask.metafilter.example/391204/">
<link rel="stylesheet" href="https://ask.metafilter.example/css/mefi-2024.css"><script src="https://ask.metafilter.example/scripts/jquery.min.js"></script>
<script src="https://ask.metafilter.example/scripts/mefi-sitewide.js" defer></script></head>
<body class="ask"><a class="skip" href="#main">Skip to content</a><div id="sitebar"><ul class="sitebar-links">${links(aSites)}</ul>
<div class="sitebar-right"><a href="/login.mefi">Log In</a> <a href="/newuser.mefi">Sign Up</a></div></div>
<header id="masthead" role="banner"><a href="/" class="logo">Ask MetaFilter</a><span class="tagline">querying the hive mind</span>
<nav id="menu" aria-label="Ask MetaFilter"><ul>${links(aMenu)}</ul></nav></header>
<div id="page"><main id="main" role="main"><div class="posttitle"><h1 class="posttitle">${aTitle}</h1>
<span class="smallcopy postdate">March 3, 2026 8:52 AM</span> <a href="/rss/391204" class="subscribe">Subscribe</a></div>
<div class="copy"><p>${aFold}</p>
<a name="more" id="more"></a><div class="miseperesa">${aMore.map((p) => `<p>${p}</p>`).join('\n')}</div>
<span class="smallcopy postbyline">posted by <a href="https://www.metafilter.example/user/2299" target="_self">Ollie Vantongeren</a> to
<a href="/tags/homegarden" target="_self">Home &amp; Garden</a> (<a href="#comments">22 answers total</a>)</span>
<span class="smallcopy"><a href="/favorited/2/391204">7 users marked this as a favorite</a></span></div>
<div id="comments" class="comments-wrapper"><h2 class="offscreen">Answers</h2>
${aAnswers.map(aAnswer).join('\n')}
<div class="comments"><a href="#more-answers" class="smallcopy">show 17 more answers</a></div></div>
<div class="copy">You are not currently logged in. <a href="/login.mefi">Log in</a> or <a href="/newuser.mefi">create a new account</a> to post comments.</div>
</main><aside id="sidebar" role="complementary"><div class="sidebar-box"><h3 class="sidebar-title">Tags</h3><ul class="tags">${links(aTags)}</ul></div>
<div class="sidebar-box"><h3 class="sidebar-title">Related Questions</h3><ul class="related">${links(aRelated)}</ul></div>
<div class="sidebar-box fundraising"><p>MetaFilter is supported by its members. Your contribution keeps the site ad-free.</p>
<a href="/donate" class="button">Support MetaFilter</a></div></aside></div>
<footer id="footer" role="contentinfo"><ul class="footer-links">${links(aFoot)}</ul>
<p class="copyright">Copyright © 1999-2026 MetaFilter Community Foundation</p>
<p class="smallcopy">Powered by a Hamster and a lot of goodwill.</p></footer>
<script>mefi.init({site:"ask",postId:391204,loggedIn:false});</script></body></html>`;
export const askMe: TestPage = {
  name: 'heldout231-ask-metafilter-question',
  kind: 'forum',
  html: aHtml,
  title: aTitle,
  headings: [],
  // the above-the-fold question and its "more inside" text are the post; every answer is body
  body: texts([aFold, ...aMore, ...aAnswers.map((a) => a.text)]),
  bylines: ['March 3, 2026 8:52 AM', 'Ollie Vantongeren', ...aAnswers.flatMap((a) => [a.user, a.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aSites, 'Log In', 'Sign Up', 'querying the hive mind', ...aMenu, 'Subscribe', 'Home & Garden', '22 answers total',
    '7 users marked this as a favorite', 'Answers', '4 favorites', '2 favorites', '1 favorite', '[best answer!]', 'show 17 more answers',
    'You are not currently logged in. Log in or create a new account to post comments.', ...aRelated,
    'Related Questions', 'MetaFilter is supported by its members. Your contribution keeps the site ad-free.', 'Support MetaFilter', ...aFoot,
    'Copyright © 1999-2026 MetaFilter Community Foundation', 'Powered by a Hamster and a lot of goodwill.', ...aTags,
  ],
};
