import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file b2: a Council on Foreign Relations backgrounder (skip link, the header nav with "Subscribe" and
 * "Join Us", the "Backgrounder" label with its tagline, the dek, the author line with role, "Last updated" date, the
 * share bar, the "Summary" bullet box, an inline "Daily News Brief" newsletter promo between sections, an image caption and
 * credit, the Creative Commons notice, "More From Our Experts" and "Top Stories on CFR" rails and the footer).
 */
const cfTitle = 'What Is the Saranic Strait Transit Agreement?';
const cfDek = 'A 1958 treaty governs passage through one of the world’s busiest shipping lanes. Rising tensions have put it under new strain.';
const cfSummary = [
  'The Saranic Strait carries roughly a sixth of global container traffic between the Amsel Sea and the open ocean.',
  'The 1958 Transit Agreement guarantees free passage for merchant ships but leaves warships’ rights ambiguous.',
  'Disputes over naval exercises and inspection powers have grown since 2021, raising insurance costs for shippers.',
];
const cfH1 = 'Introduction';
const cfP1 = [
  'For more than six decades, a short treaty signed by three coastal states has kept one of the world’s most important ' +
    'waterways open. The Saranic Strait Transit Agreement has survived coups, trade wars and a brief armed clash in 1979. But a ' +
    'series of disputes over naval activity has led some analysts to question whether it can last another decade.',
];
const cfH2 = 'What does the agreement say?';
const cfP2 = [
  'The agreement is only eleven articles long. It guarantees that merchant vessels of any flag may pass through the strait ' +
    'without stopping, paying tolls, or seeking permission, provided they follow the traffic separation scheme administered ' +
    'jointly by the three coastal states.',
  'It says far less about military vessels. Article 7 permits “innocent passage” by warships but does not define the term, and ' +
    'the coastal states have disagreed for decades about whether submarines must surface and whether exercises are allowed.',
];
const cfH3 = 'Why has it come under strain?';
const cfP3 = [
  'Tensions rose after 2021, when the largest of the three states, Ostrava Marina, began requiring foreign warships to give ' +
    'forty-eight hours’ notice before entering. Its neighbours called the rule a breach of the treaty. Several outside navies have ' +
    'ignored it, leading to close encounters that shipping firms say have made crews nervous.',
  'Marine insurers have responded by raising war-risk premiums for vessels using the strait, from about 0.02 percent of hull ' +
    'value in 2020 to 0.11 percent in early 2025. For a large container ship, that can add several hundred thousand dollars per ' +
    'transit.',
];
const cfH4 = 'What are the options?';
const cfP4 = [
  'Experts have proposed a range of responses, from a protocol clarifying the rights of warships to a standing consultative ' +
    'body that could defuse incidents before they escalate. Others argue that any attempt to reopen the text risks unravelling ' +
    'an agreement that has worked precisely because it is vague.',
  'For now, the three coastal states have agreed to meet annually at the ministerial level. Whether that is enough will depend ' +
    'on how they handle the next incident at sea.',
];
const cfNav = ['Regions', 'Topics', 'Experts', 'Research', 'Events', 'Podcasts', 'Newsletters'];
const cfShare = ['Share', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const cfPromo = [
  'Daily News Brief',
  'A summary of global news developments with CFR analysis delivered to your inbox each morning. Weekdays.',
  'Enter your email address',
  'Sign Up',
  'By subscribing, you agree to our Terms of Use.',
];
const cfCaption = 'A container ship passes through the Saranic Strait near Port Velin.';
const cfCredit = 'Halvard Sten/Getty Images';
const cfCc = [
  'Creative Commons: Some rights reserved.',
  'This work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0) License.',
  'View License Detail',
];
const cfMore = ['Maritime Chokepoints and the Future of Trade', 'How Naval Incidents Escalate, and How They Don’t', 'The Amsel Sea Dispute in Five Maps'];
const cfTop = ['Where the Grain Corridor Talks Stand', 'Ten Elections to Watch This Year', 'The Global Debt Crunch, Explained'];
const cfFoot = ['About CFR', 'Careers', 'Membership', 'Support CFR', 'Privacy Policy', 'Terms of Use', 'Contact Us'];
const cfHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cfTitle} | Council on Foreign Relations</title>
<meta name="description" content="${cfDek}"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${cfTitle}"><meta property="og:type" content="article"><meta name="cfr:content-type" content="Backgrounder">
<link rel="canonical" href="https://www.cfr.org/backgrounder/what-saranic-strait-transit-agreement">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${cfTitle}","dateModified":"2025-03-03T09:00:00-05:00",
"author":{"@type":"Person","name":"Noor Castellanos"},"publisher":{"@type":"Organization","name":"Council on Foreign Relations"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',contentType:'backgrounder'});</script>
<script src="/themes/custom/cfr_theme/dist/main.js" defer></script></head>
<body class="page-node-type-backgrounder"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header class="header"><a class="header__logo" href="/"><span class="visually-hidden">Council on Foreign Relations</span></a>
<nav class="main-nav" aria-label="Main"><ul>${links(cfNav, 'main-nav__item')}</ul></nav>
<div class="header__ctas"><a class="header__subscribe" href="/newsletters">Subscribe</a><a class="header__join" href="/membership">Join Us</a></div></header>
<main id="main-content"><article class="article-header article-header--backgrounder">
<div class="article-header__label"><a href="/backgrounders">Backgrounder</a><span class="article-header__tagline">Current political and economic issues
succinctly explained.</span></div>
<h1 class="article-header__title">${cfTitle}</h1><p class="article-header__description">${cfDek}</p>
<figure class="article-header__image"><img src="/sites/default/files/image/2025/03/strait.jpg" alt="Container ship">
<figcaption><span class="caption">${cfCaption}</span><span class="credit">${cfCredit}</span></figcaption></figure>
<div class="article-header__meta"><div class="article-header__authors">Written By <a href="/bio/noor-castellanos">Noor Castellanos</a>
<span class="article-header__role">Writer/Editor</span></div><div class="article-header__date">Last updated March 3, 2025 9:00 am (EST)</div></div>
<div class="share-bar"><span>${cfShare[0]}</span>${cfShare
  .slice(1)
  .map((s) => `<a class="share-bar__link" href="#" aria-label="${s}"><span>${s}</span></a>`)
  .join('')}</div>
<div class="body-content"><div class="summary-box"><h2 class="summary-box__title">Summary</h2><ul>${cfSummary.map((s) => `<li>${s}</li>`).join('')}</ul></div>
<h2>${cfH1}</h2>
${cfP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${cfH2}</h2>
${cfP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newsletter-promo newsletter-promo--inline"><h3 class="newsletter-promo__title">${cfPromo[0]}</h3><p>${cfPromo[1]}</p>
<form><label for="np" class="visually-hidden">${cfPromo[2]}</label><input id="np" placeholder="${cfPromo[2]}"><button>${cfPromo[3]}</button></form>
<p class="newsletter-promo__terms">${cfPromo[4]}</p></div>
<h2>${cfH3}</h2>
${cfP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${cfH4}</h2>
${cfP4.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="creative-commons"><p><strong>${cfCc[0]}</strong></p><p>${cfCc[1]}</p><a href="#">${cfCc[2]}</a></div></article>
<aside class="more-from-experts"><h2>More From Our Experts</h2><ul>${links(cfMore, 'card')}</ul></aside>
<aside class="top-stories"><h2>Top Stories on CFR</h2><ul>${links(cfTop, 'card')}</ul></aside></main>
<footer class="footer"><ul>${links(cfFoot, 'footer__item')}</ul><p class="footer__copy">© 2025 Council on Foreign Relations</p></footer>
</body></html>`;
export const cfrBackgrounder: TestPage = {
  html: cfHtml,
  name: 'heldout219-cfr-backgrounder',
  kind: 'docs',
  // the dek and the "Summary" bullets are body ("Summary" is the box's own heading, counted as a section heading)
  title: cfTitle,
  headings: ['Summary', cfH1, cfH2, cfH3, cfH4],
  body: texts([cfDek, ...cfSummary, ...cfP1, ...cfP2, ...cfP3, ...cfP4]),
  bylines: ['Written By Noor Castellanos', 'Last updated March 3, 2025 9:00 am (EST)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cfNav, 'Subscribe', 'Join Us', 'Backgrounder', 'Current political and economic issues succinctly explained.',
    cfCaption, cfCredit, 'Writer/Editor', ...cfShare, ...cfPromo, ...cfCc, 'More From Our Experts', ...cfMore, 'Top Stories on CFR', ...cfTop,
    ...cfFoot, '© 2025 Council on Foreign Relations',
  ],
};
