import { links, ps, type TestPage, texts } from './page-kit.js';
import { encyc } from './pages-heldout267-c2.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file c: a Britannica-style topic article (top nav, the "Ask the Chatbot" bar, topic identifier,
 * "Written by" / "Fact-checked by" / "Last Updated" with Article History, the Print / Cite / Share / Feedback bar, the Table of
 * Contents, a figure with caption and credit, the Premium promo, the Quick Facts and Related Topics rail, the consent banner
 * and footer); and, from file c2, an Encyclopedia.com-style entry.
 */
const bTitle = 'Greyfold lace';
const bLead = [
  j(
    '<strong>Greyfold lace</strong>, bobbin lace made in and around the town of Greyfold in the Osk valley of Lessmark from the late',
    '17th century. It is known for its fine net ground and for motifs of reeds, fish and water birds drawn from the river landscape.',
  ),
];
const bHistory = [
  j(
    'Lacemaking probably reached Greyfold with refugee weavers from the coast in the 1680s. By 1750 about a third of the',
    'households in the town had at least one lacemaker, most of them women and girls who worked in their own houses for dealers in Kessary.',
  ),
  j(
    'The trade reached its height in the 1830s, when Greyfold lace was sold as far as the capital and was worn at court. It declined',
    'quickly after 1860, when machine-made net could be had for a fraction of the price, and by 1900 fewer than fifty women still',
    'made it for a living.',
  ),
];
const bTechnique = [
  j(
    'Greyfold lace is worked on a round pillow with as many as 300 bobbins. The net ground, called <em>reedground</em> by the',
    'makers, is made by twisting each pair of threads three times between crossings, which gives it its long, narrow meshes.',
  ),
  j(
    'The motifs are worked in cloth stitch and outlined with a thicker thread, the gimp. Pattern drafts were pricked on parchment',
    'and passed down in families; several hundred survive in the Greyfold Museum.',
  ),
];
const bRevival = [
  j(
    'A lace school was opened in Greyfold in 1921 by the teacher Oda Fennick, who collected the old patterns and taught them to',
    'girls from the valley. The school closed in 1962, but lace circles formed by its pupils kept the craft alive.',
  ),
  j(
    'Since 2004 Greyfold lace has been listed as part of the intangible heritage of Lessmark, and a yearly lace fair brings makers',
    'from across the country to the town in September.',
  ),
];
const bNav = ['Home', 'History & Society', 'Science & Tech', 'Biographies', 'Animals & Nature', 'Geography & Travel', 'Arts & Culture', 'Games & Quizzes'];
const bToc = ['Introduction', 'History', 'Technique', 'Revival'];
const bRelated = ['pillow lace', 'needle lace', 'gimp thread', 'textile'];
const bFoot = ['About Us & Legal Notices', 'Partner Program', 'Contact Us', 'Privacy Notice', 'Terms of Use', 'Your Privacy Choices'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Greyfold lace | Description, History, &amp; Technique | Britannica</title>
<meta name="description" content="Greyfold lace, bobbin lace made in and around the town of Greyfold in the Osk valley of Lessmark.">
<meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Greyfold lace","author":{"@type":"Person",
"name":"Hanne Ostrova"},"dateModified":"2026-03-03T00:00:00Z","publisher":{"@type":"Organization","name":"Encyclopedia Britannica"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"TOPIC","topicId":7712091,"templateId":1,"leg":"A"});</script>
</head>
<body class="topic-page"><div class="md-page-wrapper">
<header id="header" class="header bg-white"><div class="header-top d-flex"><a href="/" class="header-logo" aria-label="Encyclopedia Britannica"></a>
<form class="search-form" action="/search"><input type="text" name="query" placeholder="Search Britannica" class="form-control"></form>
<a class="btn btn-link header-login" href="/login">Login</a><a class="btn btn-primary header-subscribe" href="/subscribe">Subscribe</a></div>
<nav class="header-nav"><ul class="list-unstyled d-flex">${links(bNav, 'nav-item')}</ul></nav></header>
<div class="ask-chatbot-bar"><span class="chatbot-label">Ask the Chatbot a Question</span><span class="chatbot-beta">Beta</span></div>
<main class="md-content"><div class="grid"><article class="article-content col-lg-8">
<div class="topic-identifier font-14 text-uppercase">textile arts</div>
<h1 class="h1 font-serif">${bTitle}</h1>
<div class="editor-title font-14"><div class="d-flex"><span class="label">Written by</span>
<a href="/contributor/Hanne-Ostrova/9911" class="editor-name">Hanne Ostrova</a></div>
<div class="d-flex"><span class="label">Fact-checked by</span>
<a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia Britannica</a></div>
<div class="last-updated">Last Updated: <time datetime="2026-03-03">Mar 3, 2026</time> •
<a href="/topic/Greyfold-lace/additional-info#history">Article History</a></div></div>
<div class="topic-tools d-flex"><button class="tool-print">Print</button><button class="tool-cite">Cite</button><button class="tool-share">Share</button>
<button class="tool-feedback">Feedback</button><a href="#external" class="tool-external">External Websites</a></div>
<nav class="toc-dropdown" aria-label="Table of Contents"><div class="toc-title">Table of Contents</div><ul>${links(bToc, 'toc-item')}</ul></nav>
<section id="ref1" data-level="1"><div class="topic-paragraph">${ps(bLead, ' class="topic-paragraph"')}</div>
<figure class="md-assembly card" data-assembly-id="301554"><img src="https://cdn.britannica.example/greyfold-lace.jpg" alt="" width="400" height="300">
<figcaption class="md-assembly-caption">A Greyfold lace collar with reed and heron motifs, c. 1830.</figcaption>
<div class="md-assembly-credit">Greyfold Museum, Lessmark</div></figure></section>
<section id="ref2" data-level="1"><h2 class="h1">History</h2>
${ps(bHistory, ' class="topic-paragraph"')}</section>
<div class="premium-promo card"><p>Britannica Premium subscription and gain access to exclusive content.</p>
<a class="btn" href="/subscribe">Subscribe Now</a></div>
<section id="ref3" data-level="1"><h2 class="h1">Technique</h2>
${ps(bTechnique, ' class="topic-paragraph"')}</section>
<section id="ref4" data-level="1"><h2 class="h1">Revival</h2>
${ps(bRevival, ' class="topic-paragraph"')}
<div class="editor-note font-14">Hanne Ostrova</div></section>
<div class="ad-slot" data-ad-slot="ATF_mobile"><span class="ad-label">Advertisement</span></div>
</article>
<aside class="col-lg-4 topic-rail"><div class="quick-facts card"><div class="card-title">Quick Facts</div><dl>
<dt>Also called:</dt><dd>Osk valley lace</dd><dt>Date:</dt><dd>c. 1680 - present</dd></dl></div>
<div class="related-topics card"><div class="card-title">Related Topics:</div><ul>${links(bRelated)}</ul></div>
<div class="card see-all"><div class="card-title">See all related content</div></div></aside></div></main>
<footer class="md-footer"><div class="footer-links"><ul>${links(bFoot)}</ul></div>
<p class="copyright">©2026 Encyclopædia Britannica, Inc.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><p id="onetrust-policy-text">We use cookies to personalize content and ads, and to
analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
</div><script src="https://cdn.britannica.example/mendel-resources/3-1152/js/topic.js" defer></script></body></html>`;
const britannica: TestPage = {
  name: 'heldout267-britannica-wiki',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: ['History', 'Technique', 'Revival'],
  body: texts([...bLead, ...bHistory, ...bTechnique, ...bRevival]),
  bylines: ['Written by', 'Hanne Ostrova', 'Fact-checked by', 'The Editors of Encyclopaedia Britannica', 'Last Updated: Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', 'Subscribe', ...bNav, 'Ask the Chatbot a Question', 'textile arts', 'Article History', 'Print', 'Cite', 'Share', 'Feedback',
    'External Websites', 'Table of Contents', 'Introduction', 'A Greyfold lace collar with reed and heron motifs, c. 1830.', 'Greyfold Museum, Lessmark',
    'Britannica Premium subscription and gain access to exclusive content.', 'Subscribe Now', 'Advertisement', 'Quick Facts', 'Also called:',
    'Osk valley lace', 'c. 1680 - present', 'Related Topics:', ...bRelated, 'See all related content', ...bFoot, '©2026 Encyclopædia Britannica, Inc.',
    'We use cookies to personalize content and ads, and to analyze our traffic.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT267_C: readonly TestPage[] = [britannica, encyc];
