import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 58, file d2: a World History Encyclopedia definition page (the site header with logo, main menu, search and
 * "Sign In"/"Become a Member", the breadcrumbs, the "Definition" label, the title with author and publication date, the
 * "Available in other languages" line, the listen button, the print link, ad slots with "Remove Ads", the lead image with
 * caption and credit, the article with its h2 sections and an inline map figure, the Bibliography, the "Support Our
 * Non-Profit Organization" box, "About the Author", the translations box, "Cite This Work" with its three styles, the
 * licence, "Related Content", "Questions & Answers", the newsletter box, the cookie consent banner and the footer).
 */
const whTitle = 'Kessara';
const whLead = [
  '<b>Kessara</b> was an ancient port city on the southern coast of Anatolia, inhabited from the 8th century BCE until it was abandoned in the ' +
    '7th century CE. In antiquity it was famous for two things: its shipyards, which built war galleys for a succession of foreign masters, and a ' +
    'deep red dye made from a sea snail found only in the bay below the city.',
];
const whH = ['Origins', 'The Harbour and the Dye Trade', 'Kessara under Rome', 'Decline and Abandonment', 'Rediscovery'];
const whOrigins = [
  'The earliest settlement stood on a limestone headland that sheltered a natural harbour from the western gales. Pottery from the lowest levels ' +
    'shows that its first inhabitants traded with Cyprus and the Levant, and later Greek writers claimed, with little evidence, that the city had ' +
    'been founded by refugees from the Trojan War.',
];
const whHarbour = [
  'By the 5th century BCE Kessara had two harbours: an outer basin for merchant ships and an inner one, closed by a chain, where galleys were built ' +
    'and repaired. Inscriptions record that the shipwrights formed a guild with its own priests and festivals.',
  '<a href="/Kessaran_Red/">Kessaran red</a>, the dye made from the local snail, was more orange than the famous purple of Tyre and much cheaper. ' +
    'Huge mounds of crushed shells, some of them more than 8 metres high, still lie east of the city walls.',
];
const whRome = [
  'Kessara passed to Rome in 67 BCE, after <a href="/Pompey/">Pompey</a>’s campaign against the Cilician pirates, some of whom had used its harbour ' +
    'as a base. The city prospered under the empire. A theatre for 4,000 spectators was built in the 2nd century CE, and the inner harbour was ' +
    'rebuilt with concrete piers.',
];
const whDecline = [
  'A series of earthquakes in the 6th century CE damaged the harbour moles, and the inner basin slowly filled with silt. Plague and Arab raids in ' +
    'the following century finished what the earthquakes had begun, and by about 680 CE the last inhabitants had moved inland.',
];
const whRedisc = [
  'The ruins were identified in 1887 by the British traveller Edith Marlowe, who recognised the shell mounds from a description in Strabo. ' +
    'Excavations since 1994 have uncovered the shipyard slipways, the theatre and a dye works with its vats still stained red.',
];
const whCaps = ['Ruins of the Inner Harbour, Kessara', 'Map of Kessara and its Harbours'];
const whCredits = ['Hana Okoro (CC BY-NC-SA)', 'Simeon Netchev (CC BY-NC-SA)'];
const whBib = [
  'Atasoy, E. Kessara: The Excavations 1994–2020. Ege Yayınları, 2021.',
  'Marlowe, E. Travels on the Cilician Shore. John Murray, 1889.',
  'Reger, K. Dye and Empire in the Eastern Mediterranean. Oxford University Press, 2017.',
];
const whNav = ['Articles', 'Definitions', 'Images', 'Videos', 'Maps', 'Timelines', 'Collections', 'Books', 'Education', 'Shop'];
const whCite = [
  'Elling, M. (2025, February 12). Kessara. World History Encyclopedia. Retrieved from https://www.worldhistory.org/Kessara/',
  'Elling, Marcus. "Kessara." World History Encyclopedia. Last modified February 12, 2025. https://www.worldhistory.org/Kessara/.',
  'Elling, Marcus. "Kessara." World History Encyclopedia, 12 Feb 2025, https://www.worldhistory.org/Kessara/. Web. 04 Mar 2026.',
];
const whRelated = ['Cilicia', 'Tyrian Purple', 'Ancient Greek Warfare', 'The Phoenician Trade Network'];
const whFaq = [
  'Where was Kessara?',
  'Kessara was on the southern coast of Anatolia, in what is now Turkey.',
  'What was Kessara famous for?',
  'Kessara was famous for its shipyards and for Kessaran red, a dye made from a local sea snail.',
];
const whFoot = ['About', 'Our Team', 'Contact', 'Privacy Policy', 'Terms of Use', 'Publishing Guidelines', 'Donate', 'Membership'];
const whHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kessara - World History Encyclopedia</title><meta name="viewport" content="width=device-width, \
initial-scale=1">
<meta name="description" content="Kessara was an ancient port city on the southern coast of Anatolia, famous for its shipyards and its red dye.">
<meta property="og:type" content="article"><meta property="article:author" content="Marcus Elling"><meta property="article:published_time" content="2025-02-12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Kessara","author":{"@type":"Person","name":"Marcus Elling",\
"url":"https://www.worldhistory.org/user/melling/"},"datePublished":"2025-02-12","publisher":{"@type":"Organization","name":"World History Encyclopedia",\
"logo":{"@type":"ImageObject","url":"https://www.worldhistory.org/img/logo.png"}},"license":"https://creativecommons.org/licenses/by-nc-sa/4.0/"}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>window.googletag=window.googletag||{cmd:[]};\
googletag.cmd.push(function(){googletag.defineSlot('/2140827/whe_article_top',[[728,90],[970,250]],'ad_top').addService(googletag.pubads());\
googletag.enableServices();});</script>
<link rel="stylesheet" href="/css/main.min.css?v=1739"></head>
<body class="page_definition"><div id="cookie_consent" class="cookie_consent" role="dialog" aria-live="polite"><p>We use cookies to provide a better \
experience and to show you relevant ads. By continuing you agree to our <a href="/static/privacy/">privacy policy</a>.</p><button class="btn_accept">\
Accept</button><button class="btn_settings">Cookie Settings</button></div>
<header id="header"><div id="logo"><a href="/"><img src="/img/logo.svg" alt="World History Encyclopedia" width="250" height="50"></a></div>
<nav id="main_menu" aria-label="Main"><ul>${links(whNav)}</ul></nav>
<form id="search_form" action="/search/" role="search"><input type="text" name="q" placeholder="Search..." aria-label="Search"><button type="submit" \
class="ci_search" aria-label="Search"></button></form>
<div id="user_menu"><a href="/sign-in/" class="sign_in">Sign In</a> <a href="/membership/" class="btn_member">Become a Member</a></div></header>
<div class="ad_container ad_top"><div class="ad_label">Advertisement</div><div id="ad_top"></div><a class="remove_ads" href="/membership/">Remove Ads</a></div>
<main id="page"><div class="breadcrumbs"><a href="/">Home</a> <span>›</span> <a href="/search/?t=definition">Definitions</a> <span>›</span> <span>\
Kessara</span></div>
<article class="definition" itemscope itemtype="https://schema.org/Article"><div class="article_type">Definition</div><h1 id="article_title" \
itemprop="headline">${whTitle}</h1>
<div class="article_meta"><div class="author_name">by <a href="/user/melling/" rel="author" itemprop="author">Marcus Elling</a></div><div class="pub_date">\
published on <time datetime="2025-02-12" itemprop="datePublished">12 February 2025</time></div>
<div class="available_translations">Available in other languages: <a href="/trans/fr/1-24417/kessara/">French</a>, <a href="/trans/es/1-24417/kessara/">\
Spanish</a></div></div>
<div class="article_tools"><button class="listen_button" data-audio="/audio/24417.mp3"><span class="ci_headphones"></span> Listen to this article</button> <a \
class="print_button" href="/article/24417/print/" rel="nofollow">Print Article</a></div>
<figure class="article_image main_image"><a href="/image/19823/ruins-of-the-inner-harbour-kessara/"><img \
src="https://www.worldhistory.org/img/r/p/500x600/19823.jpg?v=1739" alt="Ruins of the Inner Harbour, Kessara" width="500" height="375" loading="eager"></a>\
<figcaption><div class="caption_title">${whCaps[0]}</div><div class="image_credit">${whCredits[0]}</div></figcaption></figure>
<div class="article_content" itemprop="articleBody">
${whLead.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${whH[0]}</h2>
${whOrigins.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad_container ad_incontent"><div class="ad_label">Advertisement</div><div id="ad_incontent_1"></div><a class="remove_ads" href="/membership/">\
Remove Ads</a></div>
<h2>${whH[1]}</h2>
${whHarbour.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="article_image inline_image"><a href="/image/19824/map-of-kessara-and-its-harbours/"><img \
src="https://www.worldhistory.org/img/r/p/500x600/19824.png?v=1739" alt="Map of Kessara and its Harbours" width="500" height="412" loading="lazy"></a>\
<figcaption><div class="caption_title">${whCaps[1]}</div><div class="image_credit">${whCredits[1]}</div></figcaption></figure>
<h2>${whH[2]}</h2>
${whRome.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${whH[3]}</h2>
${whDecline.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${whH[4]}</h2>
${whRedisc.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<section class="bibliography"><h3>Bibliography</h3><p class="bib_note">World History Encyclopedia is an Amazon Associate and earns a commission on qualifying \
book purchases.</p><ul>${whBib.map((b) => `<li>${b}</li>`).join('')}</ul></section>
<section class="support_box"><h3>Support Our Non-Profit Organization</h3><p>We are a small non-profit team of historians and editors. Members help us keep our \
history content free for everyone.</p><a class="btn" href="/membership/">Become a Member</a> <a class="btn btn_secondary" href="/donate/">Donate</a></section>
<section class="about_author"><h3>About the Author</h3><img src="/img/u/melling.jpg" alt="" width="80" height="80"><a class="author_link" \
href="/user/melling/">Marcus Elling</a><p>Marcus is a maritime archaeologist who has dived on ancient harbour sites along the Turkish and Cypriot coasts.</p>\
</section>
<section class="translations_box"><h3>Translations</h3><p>We want people all over the world to learn about history. Help us and translate this definition into \
another language!</p><ul><li><a href="/trans/fr/1-24417/kessara/">French</a></li><li><a href="/trans/es/1-24417/kessara/">Spanish</a></li></ul></section>
<section class="cite_this"><h3>Cite This Work</h3><div class="cite_tabs"><button class="active">APA Style</button><button>Chicago Style</button><button>MLA \
Style</button></div>${whCite.map((c, i) => `<p class="citation cite_${i}">${c}</p>`).join('')}</section>
<section class="license"><h3>License</h3><p>Written by <a href="/user/melling/">Marcus Elling</a>, published on 12 February 2025. The copyright holder has \
published this content under the following license: Creative Commons Attribution-NonCommercial-ShareAlike. Others may share and adapt it non-commercially if \
they credit the author and use the same license.</p></section>
</article>
<aside class="related_content"><h3>Related Content</h3><ul>${whRelated
  .map(
    (t) => `<li class="related_item"><a href="/${t.replace(/ /g, '_')}/"><img \
src="/img/r/p/120x120/${t.length}.jpg" alt=""><span class="related_type">Definition</span><span class="related_title">${t}</span></a></li>`,
  )
  .join('')}</ul>\
</aside>
<section class="faq"><h3>Questions &amp; Answers</h3>${[0, 2]
  .map(
    (i) => `<details><summary>${whFaq[i]}</summary><p>${whFaq[i + 1]}</p>\
</details>`,
  )
  .join('')}</section>
<section class="newsletter_box"><h3>Free for the World, Supported by You</h3><p>Sign up for our free weekly email newsletter!</p><form \
action="/newsletter/subscribe/" method="post"><input type="email" name="email" placeholder="Email Address"><button type="submit">Subscribe</button></form>\
</section></main>
<footer id="footer"><div class="footer_about"><p>World History Encyclopedia is a non-profit company registered in the United Kingdom.</p></div><ul \
class="footer_links">${links(whFoot)}</ul><p class="copyright">© 2009-2026 World History Encyclopedia.</p></footer>
</body></html>`;
export const worldHistory: TestPage = {
  html: whHtml,
  name: 'heldout58-world-history-encyclopedia',
  kind: 'wiki',
  // body: the lead and the sections' paragraphs; the "Definition" label, the translations line, the listen and print buttons,
  // the ad labels and "Remove Ads", the captions and their credits, the Bibliography, the support box, "About the Author"
  // (its bio line), the translations box, "Cite This Work" with its citations (author and date inside them included), the
  // licence text, "Related Content", the Q&A widget (it restates the article below it, not part of it), the newsletter box,
  // cookie banner, header, menus and footer are furniture; "Marcus Elling", "published on 12 February 2025" and the licence's
  // "Written by ..., published on ..." line are the author/date lines: bylines ("by" in neither); the footer's "About" is a
  // word of the body: left out
  title: whTitle,
  headings: whH,
  body: texts([...whLead, ...whOrigins, ...whHarbour, ...whRome, ...whDecline, ...whRedisc]),
  bylines: ['Marcus Elling', 'published on 12 February 2025', 'Written by Marcus Elling, published on 12 February 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to provide a better experience and to show you relevant ads. By continuing you agree to our privacy policy.', 'Accept', 'Cookie Settings',
    ...whNav, 'Sign In', 'Become a Member', 'Advertisement', 'Remove Ads', 'Home', 'Definition', 'Available in other languages: French, Spanish',
    'Listen to this article', 'Print Article', ...whCaps, ...whCredits, 'Bibliography',
    'World History Encyclopedia is an Amazon Associate and earns a commission on qualifying book purchases.', ...whBib, 'Support Our Non-Profit Organization',
    'We are a small non-profit team of historians and editors. Members help us keep our history content free for everyone.', 'Donate', 'About the Author',
    'Marcus is a maritime archaeologist who has dived on ancient harbour sites along the Turkish and Cypriot coasts.', 'Translations',
    'We want people all over the world to learn about history. Help us and translate this definition into another language!', 'Cite This Work', 'APA Style',
    'Chicago Style', 'MLA Style', ...whCite, 'License',
    'The copyright holder has published this content under the following license: Creative Commons Attribution-NonCommercial-ShareAlike.',
    'Others may share and adapt it non-commercially if they credit the author and use the same license.', 'Related Content', ...whRelated,
    'Questions & Answers', ...whFaq, 'Free for the World, Supported by You', 'Sign up for our free weekly email newsletter!', 'Subscribe',
    'World History Encyclopedia is a non-profit company registered in the United Kingdom.', ...whFoot.filter((t) => t !== 'Donate' && t !== 'About'),
    '© 2009-2026 World History Encyclopedia.',
  ],
};
