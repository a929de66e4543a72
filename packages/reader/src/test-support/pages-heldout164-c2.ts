import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file c2: a Head-Fi thread on its XenForo 2 theme as a guest saves it (header nav with Forums /
 * Reviews / Articles / Buying guide, log in and register, breadcrumbs, thread starter and start date, the "Watch" button,
 * posts with user rank titles, joined / posts / likes pairs, post numbers, "Last edited" lines, a quoted post, reaction
 * lines, the guest reply prompt, the sidebar "Latest reviews" and sponsor slot, and the footer with the cookie notice).
 */
const hfTitle = 'Pad rolling the Aldane AR-7: velour vs. hybrid, measurements and impressions';
type HfPost = {
  n: number;
  user: string;
  rank: string;
  joined: string;
  posts: string;
  likes: string;
  when: string;
  edited?: string;
  quote?: [string, string];
  paras: string[];
};
const hfPosts: HfPost[] = [
  {
    n: 1,
    user: 'quietmidrange',
    rank: '500+ Head-Fier',
    joined: 'Jan 3, 2017',
    posts: '812',
    likes: '1,306',
    when: 'Oct 2, 2025',
    edited: 'Last edited: Oct 4, 2025',
    paras: [
      'I have had the Aldane AR-7 open-backs for three months and swapped between the stock velour pads and the hybrid pads ' +
        '(leather outer ring, velour face) that Aldane sells as an accessory. I measured both on my home coupler and listened for a ' +
        'week with each.',
      'Short version: the hybrids add about 3 dB between 40 and 120 Hz and pull the 6 kHz peak down slightly. Soundstage feels a ' +
        'little narrower, but the bass finally has some weight. Comfort is about the same, though the hybrids get warmer after an hour.',
      'Graphs are in the spoiler. Remember home couplers are only good for comparing pads on the same headphone, not for comparing ' +
        'with published measurements.',
    ],
  },
  {
    n: 2,
    user: 'Tomasz Wielgosz',
    rank: 'Headphoneus Supremus',
    joined: 'May 19, 2012',
    posts: '6,455',
    likes: '12,870',
    when: 'Oct 2, 2025',
    paras: [
      'Thanks for doing this properly. My ears agree with your graphs. The hybrid pads also seal better for people who wear glasses, ' +
        'which explains some of the bass difference people report.',
      'For what it is worth, I ended up on the hybrids with a small low shelf cut at 100 Hz. That keeps the extra weight in the ' +
        'bass but stops kick drums from blooming into the lower mids on rock recordings, which was my only complaint after a week.',
    ],
  },
  {
    n: 3,
    user: 'lynette_h',
    rank: 'New Head-Fier',
    joined: 'Aug 30, 2025',
    posts: '27',
    likes: '19',
    when: 'Oct 3, 2025',
    quote: ['quietmidrange', 'the hybrids add about 3 dB between 40 and 120 Hz'],
    paras: [
      'Would the hybrids help with the slight shoutiness I hear on brass recordings, or is that further up than the 6 kHz area? I ' +
        'mostly listen to orchestral music and the AR-7 sometimes makes trumpets sound hard.',
    ],
  },
  {
    n: 4,
    user: 'quietmidrange',
    rank: '500+ Head-Fier',
    joined: 'Jan 3, 2017',
    posts: '812',
    likes: '1,306',
    when: 'Oct 3, 2025',
    paras: [
      'Brass hardness on the AR-7 is more around 2 to 3 kHz in my measurements, and the pads barely change that region. The hybrids ' +
        'might make it slightly less noticeable because the extra bass balances things, but they will not fix it.',
      'A gentle 2 dB cut at 2.5 kHz with a wide Q did more for brass than any pad I tried. Try that before buying pads.',
    ],
  },
];
const hfNav = ['Forums', 'Reviews', 'Articles', 'Buying guide', 'Log in', 'Register'];
const hfCrumbs = ['Home', 'Forums', 'Sources, Headphones and Amps', 'Headphones (full-size)'];
const hfReviews = ['Kiroshi Nimbus 2 review: the IEM for long flights', 'Aldane AR-5 vs AR-7: is the upgrade worth it?', 'Budget DAC roundup, autumn 2025'];
const hfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const hfCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const hfLikes: Record<number, string> = { 1: 'Tomasz Wielgosz, lynette_h and 14 others', 4: 'lynette_h and Tomasz Wielgosz' };
const hfPost = (
  p: HfPost,
): string => `<article class="message message--post js-post" data-author="${p.user}" data-content="post-1833${p.n}" id="js-post-1833${p.n}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails">
<h4 class="message-name"><a href="/members/${p.n}/" class="username" data-user-id="${p.n}">${p.user}</a></h4>
<h5 class="userTitle message-userTitle">${p.rank}</h5>
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified">
<dt>Posts</dt>
<dd>${p.posts}</dd></dl><dl class="pairs pairs--justified"><dt>Likes</dt><dd>${p.likes}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">
<li class="u-concealed"><a href="/threads/aldane-ar-7-pads.97124/post-1833${p.n}"><time class="u-dt" datetime="2025-10-0${p.n}T10:00:00+0000">${p.when}</time>
</a></li></ul>
<ul class="message-attribution-opposite"><li><a class="message-attribution-gadget" aria-label="Share" href="#">Share</a></li><li><a href="#">#${p.n}</a></li>
</ul></header>
<div class="message-content js-messageContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">${
  p.quote
    ? `<blockquote class="bbCodeBlock
bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-quote="${p.quote[0]}"><div class="bbCodeBlock-title">${p.quote[0]} said:</div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div></div></blockquote>`
    : ''
}
${p.paras.join('<br>\n<br>\n')}${
  p.n === 1
    ? `<div class="bbCodeSpoiler"><button type="button" class="button bbCodeSpoiler-button"><span class="button-text">
<span>Spoiler: Graphs</span></span></button><div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">
<img src="https://www.head-fi.example/attachments/ar7-pads.png" alt="ar7-pads.png" class="bbImage"></div></div></div></div>`
    : ''
}</div></article>
${p.edited ? `<div class="message-lastEdit">${p.edited}</div>` : ''}</div><footer class="message-footer">${
  hfLikes[p.n]
    ? `<div class="reactionsBar is-active">
<a class="reactionsBar-link" href="#">${hfLikes[p.n]}</a></div>`
    : ''
}</footer></div></div></article>`;
const hfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-template="thread_view" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>${hfTitle} | Headphone Reviews and Discussion - Head-Fi.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Headphone Reviews and Discussion - Head-Fi.org">
<meta property="og:title" content="${hfTitle}"><link rel="canonical" href="https://www.head-fi.org/threads/aldane-ar-7-pads.97124/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=9&amp;l=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${hfTitle}","author":{"@type":"Person",
"name":"quietmidrange"},"datePublished":"2025-10-02T10:00:00+00:00"}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header"><div class="p-header-logo"><a href="/"><img src="/styles/headfi/logo.svg" alt="Head-Fi.org"></a></div></header>
<nav class="p-nav"><ul class="p-nav-list">${links(hfNav.slice(0, 4), 'p-navEl')}</ul><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link--logIn">${hfNav[4]}</a><a href="/register/" class="p-navgroup-link--register">${hfNav[5]}</a></div></nav>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs">${links(hfCrumbs)}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${hfTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><span class="u-srOnly">Thread starter</span><a href="/members/1/" class="username u-concealed">quietmidrange</a></li><li>
<span class="u-srOnly">Start date</span>
<time class="u-dt" datetime="2025-10-02T10:00:00+0000">Oct 2, 2025</time></li></ul></div>
<div class="p-title-pageAction"><a href="/threads/aldane-ar-7-pads.97124/watch" class="button--link button" data-xf-click="switch-overlay">Watch</a></div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="block block--messages"><div class="block-container">
<div class="block-body">
${hfPosts.map(hfPost).join('\n')}
</div></div></div><div class="blockMessage blockMessage--important">Log in or register to reply here.</div></div>
<div class="p-body-sidebar"><div class="block"><div class="block-container"><h3 class="block-minorHeader">Latest reviews</h3>
<ul class="block-body">${links(hfReviews)}</ul></div></div>
<div class="block headfi-sponsor"><div class="headfi-sponsor-label">Head-Fi Sponsor</div><div id="hf-ad-sidebar" data-ad-slot="HF_Side"></div></div></div>
</div></div></div>
<footer class="p-footer"><ul class="p-footer-linkList">${links(hfFoot)}</ul><div class="p-footer-copyright">© Head-Fi.org. All rights reserved.</div></footer>
<ul class="notices notices--bottom_fixer"><li class="notice notice--cookie"><div class="notice-content">${hfCookie}
<a href="/account/dismiss-notice" class="button--notice button">Accept</a> <a href="/help/cookies" class="button--notice button button--link">Learn more…</a>
</div></li></ul>
</div><script src="/js/xf/preamble.min.js?_v=2c9b"></script></body></html>`;
export const headFiThread: TestPage = {
  html: hfHtml,
  name: 'heldout164-headfi-thread',
  kind: 'forum',
  // every post is body; the quote and the spoiler button are in neither list; names, dates, "Last edited" and the thread
  // starter / start date labels are bylines; ranks, the joined / posts / likes pairs, post numbers, reactions and rails are furniture
  title: hfTitle,
  headings: [],
  body: hfPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(hfPosts.map((p) => p.user)), 'Oct 2, 2025', 'Oct 3, 2025', 'Last edited: Oct 4, 2025', 'Thread starter', 'Start date'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hfNav, ...hfCrumbs, 'Watch', ...new Set(hfPosts.map((p) => p.rank)), 'Joined', 'Posts', 'Likes', ...hfPosts.flatMap((p) => [p.joined, p.posts, p.likes]),
    'Share', '#1', '#2', '#3', '#4', ...Object.values(hfLikes), 'Log in or register to reply here.', 'Latest reviews', ...hfReviews, 'Head-Fi Sponsor',
    ...hfFoot, '© Head-Fi.org. All rights reserved.', hfCookie, 'Accept', 'Learn more…',
  ],
};
