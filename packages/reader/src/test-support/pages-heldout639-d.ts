import { links, plain, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file d: a wiki article on a marionette theatre on MediaWiki (legacy Vector skin) with an infobox, a
 * table of contents, edit links and references, and a storytelling festival FAQ on Webflow with accordion answers.
 */
const mTitle = 'Kessel Lane Marionette Theatre';
/** Infobox rows: label, value. */
const mInfo = [
  ['Location', 'Kessel Lane, Old Dunmarsh'],
  ['Founded', '1931'],
  ['Founder', 'Aurel Vantongeren'],
  ['Type', 'String marionette theatre'],
  ['Seats', '86'],
];
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mParas = [
  j(
    `The <b>Kessel Lane Marionette Theatre</b> is a small puppet theatre in Old Dunmarsh that has staged string marionette plays`,
    `since 1931. It is one of the few theatres of its kind still run by the family that founded it.${ref(1)}`,
  ),
  j(
    'Aurel Vantongeren, a cabinet maker, began giving marionette shows in the back room of his workshop in 1931 with a set of',
    `twelve figures carved for a Christmas play.${ref(2)} By 1936 the shows had outgrown the room and the family rebuilt the`,
    'former coach house on Kessel Lane as a theatre with a raked floor and a bridge for four puppeteers.',
  ),
  j(
    'The theatre closed from 1942 to 1946, when the figures were stored in the cellar of St Anselm’s church. It reopened with',
    `<i>The Seven Ravens</i>, which remained in the repertoire until 1988.${ref(3)}`,
  ),
  j(
    'The stage is 3.2 metres wide and is worked from a bridge 2.4 metres above it. Most figures are between 60 and 80 centimetres',
    'tall and are carved from lime wood, with heads weighted with lead so that they tilt when the head string is slackened.',
  ),
  j(
    'Since 2004 the theatre has been run by Aurel’s granddaughter, Lotte Vantongeren, and her partner, the composer Imre Salas,',
    `who writes scores for the productions and plays them live from a box beside the stage.${ref(4)}`,
  ),
  'Repertoire',
  'The theatre keeps around fifteen productions in repertoire. Those performed most often include:',
  '<i>The Seven Ravens</i> (1946, revived 2011)',
  '<i>The Wooden Knight</i> (1958)',
  '<i>Doctor Faust and the Devil’s Clock</i> (1972)',
  '<i>The Lighthouse Cat</i> (2016)',
];
const mHist = ['History', 'Building and stage', 'Present day'];
const mRefs = [
  'Dunmarsh Civic Society (2019). <i>Theatres of Old Dunmarsh</i>. p. 44.',
  'Vantongeren, L. (2011). “Ninety Christmases on Kessel Lane”. <i>Puppet Notes</i> 18 (2): 3–9.',
  '“Marionettes return to Kessel Lane”. <i>Dunmarsh Courier</i>. 14 April 1946.',
  'Harkel, S. (2021). <i>Strings and Bridges: Family Puppet Theatres of the Low Country</i>. Brill Marsh Press. p. 212.',
];
const mCats = ['Puppet theatres', 'Buildings in Old Dunmarsh', 'Theatres established in 1931'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mHead = (id: string, t: string): string => `<h2><span class="mw-headline" id="${id}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kessel_Lane_Marionette_Theatre&amp;action=edit&amp;section=1" title="Edit section: ${t}">
edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const mToc = ['History', 'Building and stage', 'Present day', 'Repertoire', 'References'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Puppetry Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Kessel_Lane_Marionette_Theatre",
"wgTitle":"Kessel Lane Marionette Theatre","wgAction":"view","wgIsArticle":true};RLPAGEMODULES=["site","mediawiki.page.ready",
"skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Kessel_Lane_Marionette_Theatre&amp;action=edit">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kessel_Lane_Marionette_Theatre rootpage-Kessel_Lane_Marionette_Theatre
skin-vector action-view skin-vector-legacy"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Puppetry Wiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/File:Kessel_Lane_front.jpg" class="image"><img alt=""
src="/images/thumb/4/4e/Kessel_Lane_front.jpg/250px-Kessel_Lane_front.jpg"
width="250" height="180"></a><div class="infobox-caption">The theatre’s entrance in 2019</div></td></tr>
${mInfo.map(([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${at(mParas, 0)}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${mToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mHead('History', at(mHist, 0))}${ps(mParas.slice(1, 3))}
${mHead('Building_and_stage', at(mHist, 1))}${ps([at(mParas, 3)])}
${mHead('Present_day', at(mHist, 2))}${ps([at(mParas, 4)])}
${mHead('Repertoire', at(mParas, 5))}<p>${at(mParas, 6)}</p><ul>${mParas
  .slice(7)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${mHead('References', 'References')}<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270203194212 --></div></div>
<div class="printfooter">Retrieved from "<a dir="ltr" href="https://wiki.puppetry.example/index.php?title=Kessel_Lane_Marionette_Theatre&amp;oldid=18820">
https://wiki.puppetry.example/index.php?title=Kessel_Lane_Marionette_Theatre&amp;oldid=18820</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools
</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span>Not logged in</span></li>
${links(['Talk', 'Contributions', 'Create account', 'Log in'], 'mw-list-item')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu-tabs vector-menu mw-portlet" role="navigation"><ul class="vector-menu-content-list">
${links(['Page', 'Discussion'], 'selected mw-list-item')}</ul></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu-tabs vector-menu
mw-portlet" role="navigation"><ul class="vector-menu-content-list">${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav>
<div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3><label for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search Puppetry Wiki" id="searchInput">
<input type="submit" name="go" value="Go" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" role="navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb vector-menu-portal portal" role="navigation"><h3 id="p-tb-label" class="vector-menu-heading">
<span class="vector-menu-heading-label">Tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  mTools,
  'mw-list-item',
)}</ul>
</div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 February 2027, at
19:42.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About Puppetry Wiki', 'Disclaimers'])}</ul>
<ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121});});</script></body></html>`;
const noRefs = (t: string): string => plain(t.replace(/<sup[^>]*>.*?<\/sup>/g, ''));
const wikiTheatre: TestPage = {
  name: 'heldout639-marionette-theatre-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mHist, at(mParas, 5), 'References'],
  body: [...mInfo.map(([, v]) => v ?? ''), ...mParas.filter((_, i) => i !== 5).map(noRefs), ...mRefs.map(noRefs)],
  bylines: ['This page was last edited on 3 February 2027, at 19:42.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Puppetry Wiki', 'Jump to navigation', 'Jump to search', 'The theatre’s entrance in 2019', 'Contents', ...mToc.map((t, i) => `${i + 1} ${t}`),
    'edit', 'Retrieved from "https://wiki.puppetry.example/index.php?title=Kessel_Lane_Marionette_Theatre&oldid=18820"', 'Categories', ...mCats.slice(1),
    'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'Search', ...mSide, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Puppetry Wiki', 'Disclaimers',
  ],
};

const fTitle = 'Frequently asked questions';
const fDek = 'Everything you need to know before you come to Tellfield, our weekend of stories in the woods.';
/** Groups: heading, then question / answer pairs. */
const fGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Tickets',
    [
      ['Do children need a ticket?', 'Under-3s come free and do not need a ticket. Children aged 3 to 15 need a child weekend ticket, which costs £18.'],
      ['Can I buy a ticket for just one day?', 'Yes. Saturday and Sunday day tickets go on sale on 1 May, once we know how many weekend tickets are left.'],
      [
        'What if I can no longer come?',
        j(
          'You can pass your ticket to a friend by changing the name on it in your account until 48 hours before the gates open.',
          'We do not give refunds unless the event is cancelled.',
        ),
      ],
    ],
  ],
  [
    'On the day',
    [
      ['When do the gates open?', 'Gates open at 9am on Saturday and close at 11pm. The first stories start at 10am in the Clearing and the Oak Tent.'],
      ['Can I bring my dog?', 'Only assistance dogs are allowed on site, because of the sheep grazing in the neighbouring fields.'],
      [
        'Is there food on site?',
        j(
          'There are six food stalls and a café in the old sawmill, with vegetarian, vegan and gluten-free choices at every one.',
          'You are welcome to bring your own picnic.',
        ),
      ],
    ],
  ],
  [
    'Camping',
    [
      [
        'Is camping included in my ticket?',
        'No. Camping is booked separately and costs £24 per tent for both nights. Campervan pitches are £40 and must be booked in advance.',
      ],
      ['Are there showers?', 'Yes, there are hot showers in the farmyard from 7am to 10am and from 5pm to 8pm.'],
    ],
  ],
];
const fNav = ['Line-up', 'Tickets', 'Getting here', 'FAQ', 'Volunteer'];
const fFoot = ['Tellfield Stories CIC', 'Company no. 13390218', 'Privacy', 'Terms'];
const fQa = ([q, a]: readonly [string, string]): string => `<div data-w-id="b3f1a2c4-${q.length}" class="faq-item"><div class="faq-question">
<div class="faq-q-text">${q}</div><img src="https://assets-global.website-files.com/64a1/64a1_plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div class="faq-answer" style="height:0px"><p class="faq-a-text">${a.replace(/&/g, '&amp;')}</p></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 02 2027 10:14:55 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.tellfield.org" data-wf-page="64a1f0c2b7e3d90012a4c5e9" data-wf-site="64a1f0c2b7e3d90012a4c5a1">
<head><meta charset="utf-8"><title>FAQ | Tellfield</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64a1f0c2b7e3d90012a4c5a1/css/tellfield.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do children need a ticket?"}]}</script>
</head><body class="body-faq"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
aria-label="home"><img src="https://assets-global.website-files.com/64a1/logo.svg"
loading="lazy" alt="Tellfield" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/tickets" class="button nav-button w-button">Buy tickets</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><h1 class="heading-xl">${fTitle}</h1><p
class="hero-paragraph">${fDek}</p></div></section>
<section class="section faq"><div class="container narrow w-container">
${fGroups
  .map(([h, qas]) => `<div class="faq-group"><h2 class="faq-group-heading">${h}</h2><div class="faq-list">${qas.map(fQa).join('\n')}</div></div>`)
  .join('\n')}
<div class="faq-contact"><h3 class="heading-s">Still have a question?</h3><p
class="paragraph-small">Email hello@tellfield.org and a volunteer will get back to you.</p>
</div></div></section>
<section class="section newsletter"><div class="container w-container"><h2 class="heading-m">Hear about the line-up first</h2><div class="form-block w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form"><input class="text-field w-input"
maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required><input type="submit" data-wait="Please wait..."
class="button w-button" value="Sign up"></form><div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Email Form success"><div>Thank you!
Your submission has been received!</div></div><div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops!
Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid">${fFoot.map((t) => `<div class="footer-text">${t}</div>`).join('')}
<a href="https://www.instagram.com/tellfieldstories" class="footer-social w-inline-block"><img src="https://assets-global.website-files.com/64a1/ig.svg"
alt="Instagram"></a>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1f0c2b7e3d90012a4c5a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64a1f0c2b7e3d90012a4c5a1/js/webflow.4e7f1c.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout639-festival-faq-webflow',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fGroups.map((g) => g[0]), 'Still have a question?'],
  body: [fDek, ...fGroups.flatMap((g) => g[1].flatMap((qa) => [...qa])), 'Email hello@tellfield.org and a volunteer will get back to you.'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Line-up', 'Getting here', 'FAQ', 'Buy tickets', 'Hear about the line-up first', ...fFoot],
};

export const HELDOUT639_D: readonly TestPage[] = [wikiTheatre, webflowFaq];
