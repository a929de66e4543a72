import { links, ps, type TestPage, texts } from './page-kit.js';
import { gatesArticle } from './pages-heldout179-e2.js';

/**
 * Held-out batch 179, file e: a European Parliament press release on europarl.europa.eu (the EU cookie consent banner, the
 * "European Parliament" header with the 24-language selector, the top nav, the "Press Releases" section line, the date
 * and session labels, the share bar, the bold bullet summary, the release text with a quote, "Next steps" and "Background"
 * sections, the "Contacts" cards, "Further information" links, the "Product information" box with its "Ref." line, the
 * related-content rail and the footer).
 */
const epTitle = 'Parliament backs new rules to make repair easier and cheaper for consumers';
const epBullets = [
  'Manufacturers to offer repair at a reasonable price for ten years after sale',
  'Online European repair platform to help consumers find local repairers',
  'Spare parts may not be refused just because they come from other suppliers',
];
const epP1 = [
  'On Wednesday, MEPs adopted their position on new rules that would give consumers a right to have products such as washing machines, ' +
    'vacuum cleaners and smartphones repaired, with 498 votes in favour, 72 against and 41 abstentions.',
  'Under the proposal, manufacturers would have to repair products covered by EU ecodesign requirements for up to ten years after purchase, ' +
    'at a price that does not discourage repair. During that period, they could not use software or hardware techniques that prevent ' +
    'independent repairers from using second-hand or 3D-printed spare parts.',
  'Consumers who choose repair over replacement while a product is still under legal guarantee would receive a one-year extension of that ' +
    'guarantee. A European online platform would list repairers, refurbished goods sellers and community repair initiatives by location.',
];
const epQuote =
  '“Repair should be the easy choice, not the expensive one. With this vote, Parliament is telling manufacturers that products must be ' +
  'built to last and to be fixed,” said rapporteur Vesna Kralj-Mertens (S&D, SI) after the vote.';
const epH1 = 'Next steps';
const epP2 = [
  'Parliament is now ready to start negotiations with Council on the final shape of the law. Once adopted, member states will have two years ' +
    'to bring the new rules into national law.',
];
const epH2 = 'Background';
const epP3 = [
  'Every year, premature disposal of consumer goods generates an estimated 35 million tonnes of waste in the EU. Surveys show that 77% of ' +
    'EU citizens would rather repair their devices than replace them, but high costs and a lack of spare parts often stand in the way.',
  'The proposal is part of the EU’s Circular Economy Action Plan and follows Parliament’s resolutions calling for a right to repair.',
];
const epLangs1 = ['български', 'español', 'čeština', 'dansk', 'Deutsch', 'eesti keel'];
const epLangs = [...epLangs1, 'ελληνικά', 'English', 'français', 'Gaeilge', 'hrvatski', 'italiano'];
const epNav = ['News', 'MEPs', 'About Parliament', 'Plenary', 'Committees', 'Delegations', 'Elections'];
const epCookie = [
  'We use analytics cookies to offer you a better browsing experience. You have the choice to refuse or accept them.',
  'I refuse analytics cookies',
  'I accept analytics cookies',
  'Any information you provide will be treated in accordance with the European Parliament’s data protection rules.',
];
const epContacts = [
  ['Dalibor NOVAK', 'Press Officer', '(+32) 2 28 55555', 'dalibor.novak@europarl.europa.example', 'IMCO_Press'],
  ['Sophie VERHAEGHE', 'Press Officer', '(+32) 2 28 44444', 'sophie.verhaeghe@europarl.europa.example'],
];
const epFurther = [
  'Adopted text (will be available here)',
  'Procedure file',
  'Profile of the rapporteur',
  'EP Multimedia Centre: free photos, video and audio material',
];
const epProduct = ['Product information', 'Ref.: 20250312IPR27451', 'Share this page:', 'Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email'];
const epRail = ['Related content', 'Right to repair: what it means for you', 'Ecodesign: making sustainable products the norm', 'Plenary session newsletter'];
const epFoot = ['Contact', 'RSS', 'Sitemap', 'Legal notice', 'Privacy policy', 'Accessibility', 'EP Facebook', 'EP X', 'EP Instagram'];
const epHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${epTitle} | News | European Parliament</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${epBullets[0]}">
<meta property="og:type" content="article"><meta property="og:title" content="${epTitle}"><meta property="og:site_name" content="European Parliament">
<meta name="twitter:site" content="@Europarl_EN"><link rel="canonical" href="https://www.europarl.europa.eu/news/en/press-room/20250312IPR27451/repair">
<link rel="stylesheet" href="/website/evostrap/css/evostrap.css"><script src="/website/evostrap/js/evostrap.js" defer></script>
<script type="application/json" class="ep-analytics">{"site":"europarl","section":"press-room","ref":"20250312IPR27451"}</script></head>
<body class="ep-layout_public"><div class="epjs_cookie-policy ep-cookie-banner" role="dialog" aria-live="polite"><p>${epCookie[0]}</p>
<button class="a-button">${epCookie[1]}</button><button class="a-button a-button--primary">${epCookie[2]}</button>
<p class="ep-cookie-banner__note">${epCookie[3]}</p>
</div><a class="ep_skip-link" href="#website-body">Go to content</a>
<header class="ep-header"><div class="ep-header__logo"><a href="/portal/en"><span>European Parliament</span></a></div>
<div class="ep-header__languages"><button aria-expanded="false">EN</button>
<ul class="ep-header__languages-list" role="listbox">${links(epLangs, 'ep-lang')}</ul></div>
<nav class="ep-header__nav" aria-label="Main navigation"><ul>${links(epNav, 'ep-nav-item')}</ul></nav></header>
<main id="website-body"><div class="ep_gridrow"><div class="ep-section-title"><a href="/news/en/press-room">Press Releases</a></div>
<article class="ep-article"><div class="ep-a_heading"><div class="ep-p_text ep-layout_date">
<time datetime="2025-03-12T12:45:00+01:00">12-03-2025 - 12:45</time></div>
<div class="ep-layout_category"><span>Plenary session</span> <span>IMCO</span></div><h1 class="ep-a_title">${epTitle}</h1></div>
<div class="ep-a_share"><span>${epProduct[2]}</span>${links(epProduct.slice(3))}</div>
<div class="ep-a_text ep-layout_chapo"><ul>${epBullets.map((b) => `<li><strong>${b}</strong></li>`).join('\n')}</ul></div>
<figure class="ep-a_image"><img src="/news/en/press-room/repair.jpg" alt="Repairer fixing a washing machine"><figcaption><span>A technician repairs a washing
machine.</span> <span>© Image used under the license from Adobe Stock</span></figcaption></figure>
<div class="ep-a_text">
${ps(epP1)}
<p class="ep-quote"><em>${epQuote}</em></p>
<h3>${epH1}</h3>
${ps(epP2)}
<h3>${epH2}</h3>
${ps(epP3)}
</div>
<div class="ep-a_contacts"><h3>Contacts:</h3>${epContacts
  .map(
    (c) =>
      `<div class="ep-contact"><p class="ep-contact__name">${c[0]}</p>${c
        .slice(1)
        .map((l) => `<p>${l}</p>`)
        .join('')}</div>`,
  )
  .join('\n')}</div>
<div class="ep-a_links"><h3>Further information</h3><ul>${links(epFurther)}</ul></div>
<div class="ep-a_product"><h3>${epProduct[0]}</h3><p>${epProduct[1]}</p></div></article>
<aside class="ep-rail"><h2>${epRail[0]}</h2><ul>${links(epRail.slice(1))}</ul></aside></div></main>
<footer class="ep-footer"><ul>${links(epFoot)}</ul><p>© European Union, 2025 - EP</p></footer></body></html>`;
const europarl: TestPage = {
  html: epHtml,
  name: 'heldout179-european-parliament-news',
  kind: 'news',
  // the bold bullet summary is body and so is the rapporteur quote; the date is a byline; the section line, session and
  // committee labels, caption and credit, share bar, contacts, further information, product information and the rail are
  // furniture
  title: epTitle,
  headings: [epH1, epH2],
  body: [...epBullets, ...epP1, ...texts([epQuote]), ...epP2, ...epP3],
  bylines: ['12-03-2025 - 12:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...epCookie, 'Go to content', 'European Parliament', 'EN', ...epLangs, ...epNav, 'Press Releases', 'Plenary session', 'IMCO', ...epProduct.slice(2),
    'A technician repairs a washing machine.', '© Image used under the license from Adobe Stock', 'Contacts:', ...epContacts.flat(), 'Further information',
    ...epFurther, ...epProduct.slice(0, 2), ...epRail, ...epFoot, '© European Union, 2025 - EP',
  ],
};

export const HELDOUT179_E: readonly TestPage[] = [europarl, gatesArticle];
