import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file f: a US federal court story on a court news wire built with Arc XP's Fusion front end (fusion-app
 * root, header nav chain, overline, subheadline, byline and date blocks, share bar, lead image with caption and credit, inline
 * "Read more" interstitial link, newsletter block, "More from" rail, footer, OneTrust banner, Fusion globals script) and an
 * innocence project's case page built on Wix (SITE_HEADER, dropdown menu, rich-text components, image caption, case facts list,
 * donate strip, "Other cases" gallery, Wix footer, cookie banner).
 */
const aTitle = 'Federal judge blocks county jail from opening inmates’ legal mail';
const aDek = 'The ruling says jail staff read privileged letters between prisoners and their lawyers under a policy meant to stop drug smuggling.';
const aBody1 = paras(`
SACRAMENTO, Calif. (FDN) — A federal judge on Wednesday ordered a California county to stop opening and photocopying letters sent to
jail inmates by their attorneys, finding that the practice likely violates the Sixth Amendment right to counsel.

U.S. District Judge Renata Salcedo granted a preliminary injunction sought by six people held at the Tulare Ridge County Jail and a
public defenders' association, who sued the county and its sheriff last fall.

Under a policy adopted in 2024, deputies opened all incoming mail, including envelopes marked as legal correspondence, and gave
inmates a photocopy while keeping the original. The county said the policy was needed because paper soaked in synthetic drugs had
been smuggled into the jail disguised as letters from law firms.`);
const aBody2 = paras(`
Salcedo wrote in a 28-page order that the county had a legitimate interest in keeping drugs out of the jail but had chosen a method
that swept far wider than necessary.

“The defendants have offered no evidence that a single piece of genuine attorney mail has ever been used to smuggle contraband,” she
wrote. “What they have shown is that deputies, in the course of copying, were able to read and did read the contents of privileged
communications.”

The plaintiffs presented declarations from two former deputies who said copies of legal letters were sometimes left in an unlocked
tray in the mailroom, and from a defense attorney who said a prosecutor had referred in court to a plea strategy she had described
only in a letter to her client.`);
const aBody3 = paras(`
The judge ordered the county to open legal mail only in the presence of the inmate, and only to inspect it for contraband, not to read
or copy it. She gave the sheriff's office 30 days to put the new procedure in place and to destroy any copies it still holds.

Attorney Marcus Ebright of the Central Valley Prisoners' Rights Clinic, who represents the plaintiffs, called the ruling a clear
statement that the jail cannot listen in on the conversation between a lawyer and a client.

A spokesperson for the county said it was reviewing the order and had not decided whether to appeal to the Ninth Circuit. The
sheriff's office did not respond to an email seeking comment.

The case is set for a scheduling conference in May.`);
const aNav = ['Courts', 'Criminal', 'Civil Rights', 'Appeals', 'Regional', 'Opinion', 'Podcasts'];
const aMore = [
  'Appeals court revives suit over strip searches at juvenile hall',
  'Jury convicts former deputy in jail beating case',
  'State high court hears challenge to cash bail schedule',
];
const aFoot = ['About Us', 'Contact', 'Subscribe', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${aTitle} | Federal Docket News</title>
<meta name="description" content="${aDek}"><meta property="og:site_name" content="Federal Docket News">
<meta name="article:published_time" content="2026-03-11T21:04:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":[{"@type":"Person","name":"Delia Forsgren"}],"dateModified":"2026-03-11T23:40:00Z"}</script>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="fdn";Fusion.deployment="412";
Fusion.globalContent={"_id":"F3KQ2ZJ7VRC5TM","type":"story","canonical_url":"/courts/2026/03/11/legal-mail-injunction/"};</script></head>
<body><div id="fusion-app" class="fusion-app"><div class="b-right-rail-advanced">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">Federal Docket
News</a><nav class="b-header-nav-chain__links-list" aria-label="Sections Menu"><ul>${links(aNav, 'b-header-nav-chain__links-list-item')}</ul></nav>
<div class="b-header-nav-chain__sign-in"><a href="/account/login">Log In</a></div></div></header>
<div class="b-ad-block"><div class="b-ad-block__label">ADVERTISEMENT</div><div id="arcad_feature-f0f"></div></div>
<main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item">
<div class="b-overline"><a class="c-overline" href="/courts/">Courts</a></div>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">${aDek}</h2>
<div class="b-byline"><section class="c-attribution">By <a class="c-link" href="/people/delia-forsgren/">Delia Forsgren</a></section></div>
<div class="b-date"><time class="c-date" datetime="2026-03-11T21:04:00Z">March 11, 2026</time></div>
<div class="b-share-bar"><button aria-label="Share on Facebook" class="c-button">Facebook</button><button aria-label="Share on X"
class="c-button">X</button><button aria-label="Share via Email" class="c-button">Email</button></div>
<figure class="b-lead-art c-media-item"><img class="c-image" src="/resizer/v2/jail.jpg" alt="Jail exterior">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">The Tulare Ridge County Jail in a file photo.</span>
<span class="c-media-item__credit">(Emilio Vance/FDN)</span></figcaption></figure>
<article class="b-article-body">
${ps(aBody1, ' class="c-paragraph"')}
<div class="b-article-body__interstitial-link"><p class="c-paragraph">Read more: <a href="/criminal/2025/10/04/jail-drug-deaths/">Three
overdose deaths at Tulare Ridge jail in two months, records show</a></p></div>
${ps(aBody2, ' class="c-paragraph"')}
<div class="b-newsletter"><h3 class="b-newsletter__title">The Daily Docket</h3><p>Court rulings you need to know, every weekday
morning.</p><button class="c-button">Sign Up</button></div>
${ps(aBody3, ' class="c-paragraph"')}
</article>
<div class="b-date b-date--updated">Updated March 11, 2026, 4:40 PM PST</div>
</div></main>
<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2 class="b-top-table-list__title">More from Courts</h2>
<ul>${links(aMore, 'b-top-table-list-small')}</ul></div><div class="b-ad-block"><div class="b-ad-block__label">ADVERTISEMENT</div></div></aside>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul><p class="b-footer__copyright">Copyright © 2026 Federal Docket News. All
rights reserved.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We
and our partners use cookies to improve your experience and for advertising.</p><button id="onetrust-accept-btn-handler">Accept All
Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412" defer></script></body></html>`;
const arc: TestPage = {
  name: 'heldout323-arc-fusion-federal-court-story-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([aDek, ...aBody1, ...aBody2, ...aBody3]),
  bylines: ['Delia Forsgren', 'March 11, 2026', 'Updated March 11, 2026, 4:40 PM PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Federal Docket News', ...aNav, 'Log In', 'ADVERTISEMENT', 'Facebook', 'Email', 'The Tulare Ridge County Jail in a file photo.', '(Emilio Vance/FDN)',
    'Read more:', 'Three overdose deaths at Tulare Ridge jail in two months, records show', 'The Daily Docket',
    'Court rulings you need to know, every weekday morning.', 'Sign Up', 'More from Courts', ...aMore, ...aFoot,
    'Copyright © 2026 Federal Docket News. All rights reserved.', 'We and our partners use cookies to improve your experience and for advertising.',
    'Accept All Cookies', 'Cookie Settings',
  ],
};

const xTitle = 'Dorian Vale: 22 years for a fire he could not have set';
const xFacts = [
  'Convicted: 2004, first-degree murder and arson, Kessler County',
  'Sentence: life without parole',
  'Years served: 22',
  'Status: motion for a new trial pending',
];
const xH1 = 'The fire';
const xBody1 = paras(`
In the early hours of 3 August 2003 a fire swept through a rented duplex on Birchmount Avenue in Lenape Falls, killing Dorian Vale's
landlord, 68-year-old Herbert Mosk, who lived in the other half of the building. Dorian, then 24, escaped through a back window with
burns to his hands.

Fire investigators concluded that the fire had been set deliberately, pointing to what they called “pour patterns” on the floor of
the shared hallway and to the speed with which the fire spread.`);
const xH2 = 'The trial';
const xBody2 = paras(`
There was no physical evidence linking Dorian to any accelerant. The prosecution's case rested on the fire investigation, on a
dispute over unpaid rent, and on a jailhouse informant who testified that Dorian had confessed to him while awaiting trial.

The defense called no fire expert. The jury deliberated for five hours and convicted Dorian of murder and arson. He was sentenced to
life without parole.`);
const xH3 = 'What we found';
const xBody3 = paras(`
When our clinic took the case in 2021, we asked three independent fire scientists to review the original evidence and photographs.
All three reached the same conclusion: the so-called pour patterns are exactly what a fully developed room fire produces without
any accelerant, a fact that has been widely accepted in fire science for more than two decades.

We also learned that the informant had received a reduced sentence in his own case weeks after testifying, an arrangement that was
never disclosed to the defense. In a sworn statement last year he admitted that Dorian never spoke to him about the fire.`);
const xH4 = 'Where the case stands';
const xBody4 = paras(`
In January 2026 we filed a motion for a new trial in Kessler County Circuit Court, supported by the fire experts' reports and the
informant's recantation. The state has until April to respond. Dorian, now 46, is held at Ridgeline Correctional Center, where he
works as a tutor in the prison's high school equivalency program.

“I have spent half my life in here for something that did not happen,” Dorian wrote to us last month. “I just want someone to look
at the science.”`);
const xMenu = ['Home', 'Our Cases', 'Exonerations', 'Apply for Help', 'Get Involved', 'News', 'Donate'];
const xOther = ['Ruthanne Collier', 'Marcus and Lionel Teague', 'Faye Osterhout'];
const comp = (id: string, inner: string): string => `<div id="comp-${id}" class="comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Wix.com Website Builder">
<title>Dorian Vale | Prairie Innocence Initiative</title><meta property="og:title" content="Dorian Vale | Prairie Innocence Initiative">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookiesManager"],"site":{"metaSiteId":"4f2d9c1e-7a33"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="comp-lr4k1a wixui-image"><a href="/">Prairie Innocence
Initiative</a></div><nav id="comp-lr4k2b" aria-label="Site" class="wixui-dropdown-menu"><ul class="Q6eOs5">
${xMenu.map((t) => `<li class="wixui-dropdown-menu__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}"><p class="zKbzSQ">${t}</p></a></li>`).join('\n')}
</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp wixui-page">
<section id="comp-ls9a01" class="wixui-section">
${comp('ls9a02', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">CURRENT CASE</span></p>')}
${comp('ls9a03', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
<div id="comp-ls9a04" class="wixui-image"><img src="https://static.wixstatic.example/media/dorian.jpg" alt="Dorian Vale">
</div>${comp('ls9a05', wp('Dorian Vale at Ridgeline Correctional Center, 2025. Photo: Prairie Innocence Initiative'))}
${comp('ls9a06', `<ul class="font_8 wixui-rich-text__text">${lis(xFacts, ' class="wixui-rich-text__text"')}</ul>`)}
</section><section id="comp-ls9b01" class="wixui-section">
${comp('ls9b02', [wh(xH1), ...xBody1.map(wp), wh(xH2), ...xBody2.map(wp)].join('\n'))}
${comp('ls9b03', [wh(xH3), ...xBody3.map(wp), wh(xH4), ...xBody4.map(wp)].join('\n'))}
${comp('ls9b04', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Case page updated 18 February 2026</span></p>')}
</section><section id="comp-ls9c01" class="wixui-section"><div class="wixui-box">
${comp('ls9c02', wp('Every case we take costs an average of $40,000 to investigate. Help us bring Dorian home.'))}
<a class="wixui-button StylableButton2545352419__root" href="/donate"><span class="StylableButton2545352419__label">Support This Case</span></a>
</div></section><section id="comp-ls9d01" class="wixui-section">${comp('ls9d02', wh('Other cases'))}
<div class="wixui-gallery"><ul>${links(xOther, 'wixui-gallery__item')}</ul></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">${comp(
  'lr4k9z',
  [
    wp('Prairie Innocence Initiative · 210 Commerce Street, Suite 4 · Lenape Falls'),
    wp('© 2026 Prairie Innocence Initiative. Proudly created with Wix.com'),
  ].join(''),
)}</footer></div></div>
<div data-hook="consent-banner-root" class="consent-banner"><p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to
analyze website traffic and optimize your website experience.</p><button data-hook="consent-banner-apply-button">Accept</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" defer></script></body></html>`;
const wix: TestPage = {
  name: 'heldout323-wix-innocence-project-case-page-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xH1, xH2, xH3, xH4],
  body: texts([...xFacts, ...xBody1, ...xBody2, ...xBody3, ...xBody4]),
  bylines: ['Case page updated 18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Prairie Innocence Initiative', ...xMenu, 'CURRENT CASE', 'Dorian Vale at Ridgeline Correctional Center, 2025. Photo: Prairie Innocence Initiative',
    'Every case we take costs an average of $40,000 to investigate. Help us bring Dorian home.', 'Support This Case', 'Other cases', ...xOther,
    'Prairie Innocence Initiative · 210 Commerce Street, Suite 4 · Lenape Falls', '© 2026 Prairie Innocence Initiative. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to analyze website traffic and optimize your website experience.', 'Accept', 'Decline', 'Settings',
  ],
};

export const HELDOUT323_F: readonly TestPage[] = [arc, wix];
