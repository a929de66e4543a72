import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file c: a LinkedIn post (not a LinkedIn article) on its public page, with the actor's headline and
 * Follow button, reaction and comment counts, the comments, "More Relevant Posts", the sign-in modal and the footer; and a
 * Facebook group post on its permalink page, with the group cover and its h1, the group tabs, reactions, the comment list, the
 * "Log in or sign up" bar and the right column's About box.
 */
const liTitle = 'Last month we closed our biggest warehouse, and nobody lost their job.';
const liBody = [
  j(
    'When we decided to consolidate from three sites to two, the plan on paper was simple: move the stock from Darnley to the',
    'Ashcombe and Pell Road sites, and offer relocation to the 46 people at Darnley. The hard part was that Ashcombe is a',
    'forty-minute drive away and most of the team do not drive.',
  ),
  'So we asked them first. Before any announcement, each person had a one-to-one with their own manager and a written list of options:',
  '1. Move to Ashcombe with a shuttle bus from Darnley station, paid by us for two years.',
  '2. Move to Pell Road, which is on the tram line, with retraining for the returns and repair bench.',
  '3. Take a funded course of up to nine months and a guaranteed interview at the end.',
  '4. Leave with enhanced redundancy, twice the legal minimum.',
  j(
    'Thirty-one chose Pell Road, nine took the shuttle, four did a course and two retired early. Nobody took the redundancy',
    'package, which surprised our finance team more than anyone.',
  ),
  j(
    'What I would pass on to anyone facing a site closure: talk to people before you talk to the press, put the options in',
    'writing, and give everyone a week to decide. The week cost us money. It was worth every penny.',
  ),
  j(
    'The shuttle has been running since January. It leaves Darnley station at 05:40 and 13:40 to match the shifts, and on most',
    'days it is two-thirds full. We will review it with the drivers and the people who use it at the end of the first year.',
  ),
  'Thank you to Sunniva, Rafe and the Darnley shift leads, who made this work on the floor.',
];
const liComments = [
  ['Imke Saltonstall', 'Operations Director at Bravall Freight', 'Putting the options in writing is so underrated. People need time at home to think.'],
  ['Tomasz Reyne', 'HR Business Partner', 'Would love to hear how the shuttle is going after the first year.'],
];
const liRel = ['Why we stopped measuring pick rates per hour', 'Three lessons from moving a returns centre', 'Hiring for the night shift in 2026'];
const liFoot = ['© 2026', 'About', 'Accessibility', 'User Agreement', 'Privacy Policy', 'Cookie Policy', 'Copyright Policy', 'Brand Policy'];
const liFoot2 = ['Guest Controls', 'Community Guidelines', 'Language'];
const liHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${liTitle} | Halvard Brenn | 38 comments</title>
<meta name="description" content="${liTitle} When we decided to consolidate from three sites to two... | 38 comments on LinkedIn">
<meta property="og:title" content="${liTitle} | Halvard Brenn"><meta property="og:type" content="article"><meta name="twitter:site" content="@LinkedIn">
<meta name="robots" content="max-image-preview:large, noarchive"><link rel="canonical" href="https://www.linkedin.com/posts/halvardbrenn_warehouse-7301">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${liTitle}",
"author":{"@type":"Person","name":"Halvard Brenn","url":"https://uk.linkedin.com/in/halvardbrenn"},"datePublished":"2026-03-02T08:40:11.000Z",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":1612}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/guest-posts.css"></head>
<body dir="ltr" class="overflow-hidden"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh]">Skip to main content</a>
<header class="header base-detail-page__header px-mobile-container-padding bg-color-background-container global-alert-offset">
<nav class="nav pt-1.5 pb-2 flex items-center justify-between" aria-label="Primary">
<a href="/" class="nav__logo-link" data-tracking-control-name="public_post_nav-header-logo"><span
class="sr-only">LinkedIn</span></a><ul class="top-nav-menu flex items-center">
${links(['Articles', 'People', 'Learning', 'Jobs', 'Games'], 'top-nav-menu__item')}</ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end"><a class="nav__button-tertiary btn-md btn-tertiary" href="/signup">Join now</a>
<a class="nav__button-secondary btn-md btn-secondary-emphasis" href="/login">Sign in</a></div></nav></header>
<main class="main" id="main-content" role="main"><section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px]">
<article class="main-feed-activity-card main-feed-activity-card-with-comments flex flex-col" data-activity-urn="urn:li:activity:7301">
<div class="flex items-start" data-test-id="main-feed-activity-card__entity-lockup"><a href="https://uk.linkedin.com/in/halvardbrenn"
data-tracking-control-name="public_post_feed-actor-image"><img class="inline-block relative rounded-[50%] w-6 h-6" alt="Halvard Brenn"></a>
<div class="flex flex-col self-start"><a class="text-sm link-styled no-underline leading-open" href="https://uk.linkedin.com/in/halvardbrenn"
data-tracking-control-name="public_post_feed-actor-name">Halvard Brenn</a>
<p class="!text-xs text-color-text-low-emphasis leading-[1.33333] m-0 truncate">Chief Operating Officer at Kestrel Home Goods</p>
<span class="text-color-text-low-emphasis text-xs leading-[1.33333]"><time>3d</time> · Edited</span></div>
<a class="public-post-follow-button btn-sm btn-secondary-emphasis" data-tracking-control-name="public_post_feed-actor-follow-cta">Follow</a></div>
<div class="attributed-text-segment-list__container relative mt-1.5 mb-1.5" data-test-id="main-feed-activity-card__commentary">
<p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words" dir="ltr">${liTitle}

${liBody.join('\n\n')}</p></div>
<div class="flex items-center font-sans text-sm babybear:text-xs"><a data-test-id="social-actions__reactions"
data-tracking-control-name="public_post_social-details_social-action-counts_likes-text"><span data-test-id="social-actions__reaction-count">1,612</span></a>
<a data-test-id="social-actions__comments" data-tracking-control-name="public_post_social-details_social-action-counts_comments-text">38 Comments</a></div>
<div class="flex items-center justify-around"><a class="social-action-bar__button" data-tracking-control-name="public_post_like-cta"><span
class="social-action-bar__button-text">Like</span></a><a class="social-action-bar__button"><span class="social-action-bar__button-text">Comment</span></a>
<button class="social-action-bar__button"><span class="social-action-bar__button-text">Share</span></button></div>
<section class="comments"><div class="comments__list">
${liComments
  .map(
    ([n, h, c]) => `<section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(activity:7301,${n?.length})"><div class="comment__header
flex"><a class="text-sm link-styled no-underline leading-open comment__author truncate pr-6"
data-tracking-control-name="public_post_comment_actor-name">${n}</a>
<p class="!text-xs text-color-text-low-emphasis comment__author-headline">${h}</p>
<span class="text-xs text-color-text-low-emphasis comment__duration-since">2d</span></div>
<div class="attributed-text-segment-list__container relative"><p class="attributed-text-segment-list__content comment__text" dir="ltr">${c}</p></div>
<div class="comment__actions flex"><a class="comment__action">Like</a><a class="comment__action">Reply</a></div></section>`,
  )
  .join('\n')}
</div><a class="comments__see-more btn-sm-tertiary" data-tracking-control-name="public_post_see-more-comments">See more comments</a>
<p class="comments__sign-in-cta text-sm">To view or add a comment, <a href="/login">sign in</a></p></section></article>
<section class="more-posts"><h2 class="more-posts__title font-sans text-lg font-bold">More Relevant Posts</h2><ul>${links(liRel, 'more-posts__item')}</ul>
</section></section></main>
<div class="contextual-sign-in-modal" role="dialog"><h2 class="contextual-sign-in-modal__context-screen-title">Sign in to view more content</h2>
<p class="contextual-sign-in-modal__subtitle">Create your free account or sign in to continue your search</p></div>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list flex flex-wrap">${links(liFoot, 'li-footer__item')}
${links(liFoot2, 'li-footer__item')}</ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/guest-posts.js" async></script></body></html>`;
const linkedin: TestPage = {
  name: 'heldout319-linkedin-post-blog',
  kind: 'blog',
  html: liHtml,
  title: liTitle,
  headings: [],
  body: texts(liBody),
  bylines: ['Halvard Brenn', 'Chief Operating Officer at Kestrel Home Goods', '3d · Edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'LinkedIn', 'Articles', 'People', 'Learning', 'Jobs', 'Games', 'Join now', 'Sign in', 'Follow', '1,612', '38 Comments', 'Like',
    'Comment', 'Share', ...liComments.flat(), 'Reply', 'See more comments', 'To view or add a comment, sign in', 'More Relevant Posts', ...liRel,
    'Sign in to view more content', 'Create your free account or sign in to continue your search', ...liFoot, ...liFoot2,
  ],
};

const fbGroup = 'Dunmore Allotment Growers';
const fbTitle = 'Plot 14 water trough: results of the vote and what happens next';
const fbBody = [
  j(
    'Thanks to everyone who voted at the AGM and online last week. We had 87 votes from 102 plot holders, which the committee thinks',
    'is the best turnout we have ever had for anything that was not about the car park.',
  ),
  j(
    'The result: 61 in favour of replacing the old galvanised trough at plot 14 with two smaller troughs fed from the new rainwater',
    'tanks, 19 in favour of repairing the old one, and 7 abstentions. So we are going ahead with the replacement.',
  ),
  'What this means in practice:',
  '• The old trough will be drained on Saturday 21 March. Please do not fill watering cans from it after Thursday.',
  '• The two new troughs go in at plots 9 and 22, so nobody at the far end has to walk more than about fifty metres.',
  '• Until the tanks are connected, use the standpipe by the gate. It will be unlocked from 07:00 to 20:00.',
  j(
    'The cost is £640 for both troughs and the pipework, which comes out of the maintenance fund. Nobody’s rent goes up because of',
    'this. Gordon has kindly offered his trailer to take the old trough to the scrap yard, and any money from it goes back into the fund.',
  ),
  j(
    'A few people asked about frogs. There is a small population living under the old trough, and Priya from the wildlife corner is',
    'going to move them to the pond before the drain-down. If you want to help with that, it will be on the Friday evening.',
  ),
  'Any questions, comment below or catch one of us at the hut on Sunday mornings.',
];
const fbTabs = ['About', 'Discussion', 'Featured', 'Events', 'Media', 'Files'];
const fbComments = [
  ['Bernadette Colquhoun', 'Brilliant turnout. I will help with the frogs, I have a big bucket and no shame.', '19h', '12'],
  ['Gordon Ashby', 'Trailer is booked for the Saturday, just say what time.', '18h', '7'],
  ['Ifeoma Derrick', 'Will the standpipe have a hose connector or is it cans only?', '15h', '3'],
];
const fbAbout = [
  'A community group for the plot holders and friends of Dunmore Road allotments. Be kind, no selling.',
  'Private',
  'Only members can see who is in the group and what they post.',
  'Visible',
];
const fbHtml = `<!DOCTYPE html><html id="facebook" class="__fb-light-mode" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${fbTitle} | ${fbGroup} | Facebook</title><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<meta property="og:title" content="${fbGroup}"><meta property="og:description" content="${fbTitle}"><meta property="og:site_name" content="Facebook">
<meta property="og:url" content="https://www.facebook.com/groups/dunmoreallotments/posts/2289104/"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.facebook.com/groups/dunmoreallotments/posts/2289104/">
<script type="application/json" data-content-len="1422" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":
[["RelayPrefetchedStreamCache","next",[],["adp_CometGroupPermalinkRootContentQueryRelayPreloader",{"__bbox":{"complete":true}}]]]}}]]]}</script>
</head><body class="_6s5d _71pn system-fonts--body segoe"><div id="mount_0_0_Qk"><div class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner" class="x1s65kcs x1n2onr6"><a aria-label="Facebook" class="x1i10hfl" href="/"><svg viewBox="0 0 36 36" height="40"></svg></a>
<div class="x6s0dn4 x78zum5"><input aria-label="Search Facebook" placeholder="Search Facebook" type="search" class="x1i10hfl"></div>
<div class="x1n2onr6"><a href="/login/" class="x1i10hfl"><span class="x1lliihq">Log in</span></a></div></div>
<div class="x78zum5 xdt5ytf x1t2pt76" role="main"><div class="x1ey2m1c xds687c"><div class="x9f619 x1n2onr6"><img alt="" data-imgperflogname="coverPhoto"
src="https://scontent.xx.fbcdn.example/cover.jpg"></div><h1 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz"><span dir="auto"><a href="/groups/dunmoreallotments/"
class="x1i10hfl">${fbGroup}</a></span></h1><div class="x1e56ztr"><span class="x193iq5w">Private group · 214 members</span></div>
<div role="tablist" class="x6s0dn4 x78zum5">${fbTabs
  .map(
    (t) => `<a role="tab" href="/groups/dunmoreallotments/${t.toLowerCase()}"><span>${t}</span>
</a>`,
  )
  .join('')}</div></div>
<div class="x193iq5w xvue9z"><div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-labelledby=":r1h:" aria-describedby=":r1i:">
<div class="x1cy8zhl x9f619 x78zum5"><div class="xu06os2 x1ok221b"><h2 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz x1gslohp x1yc453h" id=":r1h:"><span
class="xt0psk2"><a href="/groups/dunmoreallotments/user/1000451/" class="x1i10hfl"><strong><span>Ailsa Macready</span></strong></a></span>
<span class="x193iq5w"> · </span><span class="x193iq5w xeuugli">Admin</span></h2>
<span class="x4k7w5x x1h91t0o"><a href="https://www.facebook.com/groups/dunmoreallotments/posts/2289104/" class="x1i10hfl" role="link"><span>20h</span></a>
<span aria-hidden="true"> · </span><svg title="Shared with Members of Dunmore Allotment Growers"></svg></span></div></div>
<div class="xdj266r x11i5rnm xat24cr x1mh8g0r" id=":r1i:"><div data-ad-comet-preview="message" data-ad-preview="message"><div class="x78zum5 xdt5ytf">
<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs x126k92a"><div dir="auto" style="text-align: start;"><strong>${fbTitle}</strong></div></div>
<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">${fbBody.map((p) => `<div dir="auto" style="text-align: start;">${p}</div>`).join('\n')}</div>
</div></div></div>
<div class="x168nmei x13lgxp2 x30kzoy"><span aria-label="See who reacted to this" role="toolbar"><span class="x1e558r4">All reactions:</span>
<span class="xt0b8zv x1jx94hy">148</span></span><div class="x9f619"><span class="x193iq5w">23 comments</span></div></div>
<div class="x9f619 x1n2onr6 x1ja2u2z"><div role="button" aria-label="Like"><span class="x1lliihq">Like</span></div><div role="button"
aria-label="Leave a comment"><span class="x1lliihq">Comment</span></div><div role="button" aria-label="Send this to friends or post it on your profile."><span
class="x1lliihq">Share</span></div></div>
<div class="x1jx94hy x12nagc"><div role="button"><span class="x193iq5w">Most relevant</span></div><ul>
${fbComments
  .map(
    ([
      n,
      c,
      t,
      r,
    ]) => `<li><div role="article" aria-label="Comment by ${n} ${t} ago" class="x1n2onr6"><div class="x1y1aw1k"><a href="/groups/dunmoreallotments/user/"
class="x1i10hfl"><span class="x3nfvp2"><span class="x193iq5w">${n}</span></span></a><div class="xdj266r x11i5rnm"><div dir="auto"
style="text-align: start;">${c}</div></div></div><ul class="x1n0m28w"><li><a href="#"><span>${t}</span></a></li><li><div role="button">Like</div></li>
<li><div role="button">Reply</div></li></ul><span class="x1lliihq">${r}</span></div></li>`,
  )
  .join('\n')}
</ul><div role="button" class="x1i10hfl"><span class="x193iq5w">View more comments</span></div></div></div></div>
<div class="x9f619 xzzsx0v" role="complementary"><div class="x1yztbdb"><h2 class="x1heor9g"><span>About</span></h2><div>${ps(fbAbout, ' dir="auto"')}</div>
</div></div>
</div></div>
<div class="x1n2onr6 xcxhlts" role="dialog" aria-label="Log in or sign up"><span dir="auto">Log in or sign up for Facebook to connect with friends, family and
people you know.</span><a href="/login/" role="button"><span>Log in</span></a><a href="/reg/" role="button"><span>Create new account</span></a></div>
</div></div></body></html>`;
const facebook: TestPage = {
  name: 'heldout319-facebook-group-post-forum',
  kind: 'forum',
  html: fbHtml,
  title: fbTitle,
  headings: [],
  body: texts(fbBody),
  bylines: ['Ailsa Macready', 'Admin', '20h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', fbGroup, 'Private group · 214 members', ...fbTabs, 'All reactions:', '148', '23 comments', 'Like', 'Comment', 'Share', 'Most relevant',
    ...fbComments.flatMap(([n, c, t]) => [n ?? '', c ?? '', t ?? '']), 'Reply', 'View more comments', ...fbAbout.slice(0, 3), 'Visible',
    'Log in or sign up for Facebook to connect with friends, family and people you know.', 'Create new account',
  ],
};

export const HELDOUT319_C: readonly TestPage[] = [linkedin, facebook];
