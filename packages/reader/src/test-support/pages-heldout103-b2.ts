import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file b2: a Psychology Today blog post as its Drupal template saves it (the "Find a Therapist" header
 * search, the topic nav, the blog's name and subtitle, the author line with credentials, "Posted" date and "Reviewed by"
 * line, the share icons, the "Key points" box at the head of the body, an in-body "The Basics" promo with its links, the
 * "References" list, the "About the Author" box, "More from" and "Most Popular" rails, the "Find a Therapist" city search,
 * the "Subscribe Today" magazine promo, "Advertisement" slots, the OneTrust cookie banner and the footer).
 */
const ptTitle = 'Why Rest Feels Like Failure, and How to Stop Believing It';
const ptDek = 'For some people, a quiet afternoon brings guilt rather than relief.';
const ptKey = [
  'Many high achievers feel anxious or guilty when they are not being productive.',
  'This “rest guilt” often begins with early lessons that worth is earned through effort.',
  'Scheduling rest, and naming the guilt when it appears, can make it easier to tolerate.',
];
const ptP1 = [
  'A client I will call Marisol told me once that the hardest part of her week was Sunday afternoon. Not because anything ' +
    'went wrong, but because nothing did. With no deadline in front of her, she felt a low hum of unease that she could only ' +
    'quiet by answering emails or reorganising a cupboard.',
  'Marisol is not unusual. In my practice I meet many people who are exhausted and who nevertheless find it very difficult ' +
    'to stop. When they do stop, they feel not relief but something closer to shame.',
];
const ptH1 = 'Where rest guilt comes from';
const ptP2 = [
  'Most of the people I see with this pattern can trace it back to childhood. Some grew up in homes where being busy was the ' +
    'surest way to avoid criticism. Others were praised warmly for achievements and rarely for anything else, and learned that ' +
    'love and approval arrived after effort.',
  'None of this is a conscious belief. Ask Marisol whether she thinks people must earn the right to rest and she will say ' +
    'of course not. But the body keeps the older rule, and the unease on Sunday afternoon is that rule being broken.',
];
const ptBasics = ['The Basics', 'What Is Stress?', 'Find a therapist to overcome stress'];
const ptH2 = 'Why pushing through does not work';
const ptP3 = [
  'The obvious response to rest guilt is to ignore it and rest anyway. That can work, but for many people the guilt simply ' +
    'grows louder until they give in and find something productive to do. The lesson they learn is that rest is uncomfortable, ' +
    'which makes the next attempt harder.',
  'A study by Halvorsen and colleagues (2021) found that people who scored highly on a measure of “leisure guilt” reported ' +
    'less recovery from a week’s holiday than those who did not, even when they took the same amount of time off.',
];
const ptH3 = 'Three things that help';
const ptList = [
  '<strong>Put rest in the calendar.</strong> It sounds absurd, but treating rest as an appointment makes it feel legitimate, ' +
    'and legitimacy is exactly what the guilt is questioning.',
  '<strong>Name the feeling.</strong> Saying to yourself “this is rest guilt, not a sign that something is wrong” creates a ' +
    'small distance between you and the feeling.',
  '<strong>Start small.</strong> Twenty minutes of doing nothing is a reasonable first goal. Build from there.',
];
const ptP4 = [
  'Marisol now blocks out two hours every Sunday and calls it “the appointment”. She still feels the hum sometimes. The ' +
    'difference is that she no longer believes what it tells her.',
];
const ptRefs = [
  'Halvorsen, K., Lindqvist, E., & Obi, T. (2021). Leisure guilt and vacation recovery. <em>Journal of Occupational Wellbeing</em>, 14(2), 88–101.',
  'Parrish, D. (2018). Conditional regard and adult self-worth. <em>Review of Personality Studies</em>, 9(4), 210–226.',
];
const ptBio =
  'Dana Whitfield, Ph.D., is a clinical psychologist in private practice in Portland, Oregon, where she works with adults ' +
  'on anxiety, burnout and perfectionism.';
const ptNav = ['Find a Therapist', 'Find Help', 'Magazine', 'Today', 'Get Help', 'Mental Health', 'Personal Growth', 'Relationships', 'Family Life'];
const ptMore = ['When Your Inner Critic Sounds Like a Parent', 'The Myth of the Perfect Morning Routine'];
const ptPopular = ['The Surprising Link Between Loneliness and Sleep', '4 Signs You Are Being Gaslit at Work', 'What Narcissists Do When You Set Limits'];
const ptMag = ['Subscribe Today', 'The latest issue of Psychology Today is out now. Explore what makes a good apology.', 'Subscribe'];
const ptFoot = ['About', 'Editorial Process', 'Privacy', 'Terms', 'Accessibility', 'Cookie Settings'];
const ptCookie = 'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.';
const ptAd = '<div class="ad-wrapper"><span class="ad-label">Advertisement</span><div id="dfp-ad-mid_1" class="pt-dfp-ad"></div></div>';
const ptHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Why Rest Feels Like Failure, and How to Stop Believing It | Psychology Today</title>
<meta name="description" content="${ptDek}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-03T09:00:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${ptTitle}",
"author":{"@type":"Person","name":"Dana Whitfield Ph.D."},"datePublished":"2025-11-03","publisher":{"@type":"Organization","name":"Sussex Publishers"}}</script>
<script src="https://www.psychologytoday.example/sites/default/files/js/js_pt_main.js" defer></script></head>
<body class="path-node page-node-type-blog-entry"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="header" role="banner"><div class="header__top"><a href="/us" class="header__logo"><span class="visually-hidden">Psychology Today</span></a>
<form class="header-search" role="search"><label for="hdr-city">City or Zip</label><input id="hdr-city" type="text">
<button type="submit">Find a Therapist</button>
</form><a class="header__login" href="/us/user/login">Log in</a></div>
<nav class="header__nav" aria-label="Main navigation"><ul class="menu">${links(ptNav.slice(1), 'menu-item')}</ul></nav></header>
<main id="main-content" class="main-content" role="main"><div class="layout-content">
<div class="blog-entry__header"><a class="blog-entry__blog-title" href="/us/blog/the-quiet-mind">The Quiet Mind</a>
<p class="blog-entry__blog-subtitle">Making peace with a busy head</p></div>
<article role="article" class="blog-entry blog-entry--full"><h1 class="blog-entry__title">${ptTitle}</h1>
<h2 class="blog-entry__teaser blog-entry--summary h4">${ptDek}</h2>
<div class="blog-entry__byline"><p class="blog-entry__date--author">By <a href="/us/contributors/dana-whitfield-phd">Dana Whitfield Ph.D.</a>
on <span class="blog-entry__date">November 3, 2025</span></p><p class="reviewed-by">Reviewed by <a href="/us/contributors/abigail-fagan">Abigail Fagan</a></p>
</div><div class="share-links"><ul>${links(['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Email'], 'share-links__item')}</ul></div>
<div class="field field--name-body blog_entry--body">
<div class="blog-entry--key-points"><h2 class="key-points-header">Key points</h2><ul>${ptKey.map((t) => `<li>${t}</li>`).join('')}</ul></div>
${ps(ptP1)}
<h2>${ptH1}</h2>
${ps(ptP2)}
<div class="basics-callout"><h3 class="basics-callout__title">${ptBasics[0]}</h3><ul>${links(ptBasics.slice(1))}</ul></div>
${ptAd}
<h2>${ptH2}</h2>
${ps(ptP3)}
<h2>${ptH3}</h2>
<ol>${ptList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(ptP4)}
<h4 class="references-header">References</h4><div class="field field--name-field-references">${ps(ptRefs)}</div>
</div>
<div class="blog-entry__author-profile"><h3 class="profile-title">About the Author</h3><img alt="Dana Whitfield Ph.D." src="/sites/default/files/dw.jpg">
<p class="profile-name"><a href="/us/contributors/dana-whitfield-phd">Dana Whitfield Ph.D.</a></p><p class="profile-bio">${ptBio}</p>
<a class="profile-online" href="/us/contributors/dana-whitfield-phd">Online:</a><a href="https://whitfield.example">Website</a></div>
<div class="more-from-blog"><h3>More from Dana Whitfield Ph.D.</h3><ul>${links(ptMore)}</ul></div></article></div>
<aside class="layout-sidebar-second">${ptAd}<div class="block-most-popular"><h2>Most Popular</h2><ul>${links(ptPopular)}</ul></div>
<div class="block-find-therapist"><h2>Find a Therapist</h2><p>Get the help you need from a therapist near you–a FREE service from Psychology Today.</p>
<ul>${links(['Atlanta, GA', 'Chicago, IL', 'Denver, CO', 'Seattle, WA'])}</ul></div>
<div class="block-magazine"><h2>${ptMag[0]}</h2><p>${ptMag[1]}</p><a href="/us/magazine/subscribe">${ptMag[2]}</a></div></aside></main>
<footer class="footer"><ul>${links(ptFoot)}</ul><p class="copyright">Copyright © 2025 Sussex Publishers, LLC</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${ptCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></body></html>`;

export const ptPost: TestPage = {
  html: ptHtml,
  name: 'heldout103-psychologytoday-blog',
  kind: 'blog',
  // the dek (an h2 under the title) is body, not a heading; "Key points" and "References" are the article's own headings,
  // their items body; the in-body "The Basics" promo, the author box and the blog's name and subtitle are furniture
  title: ptTitle,
  headings: ['Key points', ptH1, ptH2, ptH3, 'References'],
  body: [ptDek, ...ptKey, ...ptP1, ...ptP2, ...ptP3, ...texts(ptList), ...ptP4, ...texts(ptRefs)],
  bylines: ['By Dana Whitfield Ph.D. on November 3, 2025', 'Reviewed by Abigail Fagan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'City or Zip', 'Find a Therapist', 'Log in', ...ptNav.slice(1), 'The Quiet Mind', 'Making peace with a busy head',
    'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Email', ...ptBasics, 'Advertisement', 'About the Author', ptBio, 'Online:', 'Website',
    'More from Dana Whitfield Ph.D.', ...ptMore, 'Most Popular', ...ptPopular,
    'Get the help you need from a therapist near you–a FREE service from Psychology Today.', 'Atlanta, GA', 'Chicago, IL', 'Denver, CO', 'Seattle, WA',
    ...ptMag, ...ptFoot, 'Copyright © 2025 Sussex Publishers, LLC', ptCookie, 'Accept All Cookies', 'Cookies Settings',
  ],
};
