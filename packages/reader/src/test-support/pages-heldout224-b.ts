import { links, type TestPage } from './page-kit.js';
import { insurerGuide } from './pages-heldout224-b2.js';

/**
 * Held-out batch 224, file b: a PetMD article on a Next.js site (pet-type nav, breadcrumb, the "Medically Reviewed by" and
 * "Written by" lines with the updated date, the "In This Article" jump list, the featured image credit, "Advertisement" ad
 * slots between sections, "References" list, the feedback widget, the author bio card, related articles, newsletter, footer
 * and a OneTrust banner) and, from file b2, a pet insurer's guide.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const pTitle = 'Why Do Dogs Eat Grass?';
const pP0 = paras(`
Most dogs nibble grass from time to time, and many owners worry that it means something is wrong. In the great majority of cases, grass eating is
normal behaviour. Knowing when it is harmless and when it might point to a problem can help you decide whether a call to your veterinarian is needed.`);
const pH1 = 'Is It Normal for Dogs To Eat Grass?';
const pP1 = paras(`
Yes. Surveys of dog owners suggest that around three quarters of healthy dogs eat grass at least occasionally, and only a small share of them vomit
afterward. Wild canids such as wolves and foxes also eat plant material, so the habit is likely an old one.

Eating grass is also seen in dogs of every age, breed and diet, including puppies that have never been unwell. That makes it unlikely that the
behaviour is mainly a sign of illness.`);
const pH2 = 'Why Dogs Eat Grass';
const pP2 = paras(`
There is no single explanation, and different dogs may eat grass for different reasons. The most common ones include:`);
const pList1 = [
  'Boredom: Dogs that are left alone or under-exercised may graze simply for something to do.',
  'Taste and texture: Many dogs seem to enjoy fresh spring grass, especially when it is wet.',
  'An upset stomach: Some dogs eat grass quickly when they feel nauseous, and it may make them vomit.',
  'Dietary gaps: A diet low in fiber may lead some dogs to seek out plants, though evidence for this is limited.',
];
const pH3 = 'When To Worry About Your Dog Eating Grass';
const pP3 = paras(`
Contact your veterinarian if your dog suddenly starts eating large amounts of grass, eats grass frantically, or vomits repeatedly. These can be
signs of gastrointestinal disease. Other warning signs include:`);
const pList2 = [
  'Loss of appetite or weight loss',
  'Diarrhea or blood in the stool',
  'Lethargy or signs of abdominal pain',
  'Eating soil, stones or other objects',
];
const pP3b = paras(`
Lawns treated with herbicides, pesticides or fertilizers are a bigger concern than the grass itself. Some garden plants, such as lilies of the valley
and foxgloves, are toxic to dogs and may grow among grass in borders.`);
const pH4 = 'How To Stop Your Dog From Eating Grass';
const pP4 = paras(`
If your veterinarian has ruled out a medical cause, you do not need to stop occasional grazing. For dogs that eat a lot of grass, more exercise,
puzzle feeders and chew toys can reduce boredom. Teaching a reliable "leave it" cue is useful on walks, and keeping your dog away from treated lawns
lowers the risk of poisoning.

Ask your veterinarian before changing your dog's diet. Adding fiber can help some dogs, but the right amount depends on your dog's health and age.`);
const pRefs = [
  'Hollis D, Marsh E. Plant eating in domestic dogs: an owner survey. Journal of Companion Animal Behaviour. 2019.',
  'Ferreira L. Pica and grass ingestion in dogs. Veterinary Practice Review. 2022.',
];
const pNav = ['Dog', 'Cat', 'Fish', 'Bird', 'Reptile', 'Horse', 'Small Pet', 'Vet Locator', 'Pet Health Tools'];
const pCrumb = ['Home', 'Dog', 'Behavior'];
const pRel = ['Why Is My Dog Vomiting Yellow Bile?', 'Pica in Dogs: Why Your Dog Eats Non-Food Items', 'Is It Safe for Dogs To Eat Mushrooms?'];
const pBio =
  'Dr. Anita Varga is a small animal veterinarian in Columbus, Ohio. She graduated from the Ohio Valley College of Veterinary Medicine in 2011 and has a ' +
  'special interest in canine nutrition.';
const pFoot = ['About Us', 'Editorial Policy', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information', 'Accessibility'];
const pCookie = 'We and our partners use cookies to personalize content and ads, and to analyze our traffic.';
const pAd = (n: number): string =>
  `<div class="Ad_adContainer__x2Fq1"><p class="Ad_adLabel__9Wc0d">Advertisement</p><div id="div-gpt-ad-content-${n}" class="Ad_adSlot__s1QeP"
data-ad-slot="petmd_article_inline_${n}" style="min-height:250px"></div></div>`;
const pSec = (h: string, inner: string): string =>
  `<h2 class="ArticleBody_heading__q7N3w" id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${inner}`;
const pPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pUl = (a: readonly string[]): string =>
  `<ul>${a.map((t) => (t.includes(': ') ? `<li><strong>${t.split(': ')[0]}:</strong> ${t.split(': ')[1]}</li>` : `<li>${t}</li>`)).join('\n')}</ul>`;
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Why Do Dogs Eat Grass? | PawsMD</title>
<meta name="description" content="Is it normal for dogs to eat grass? A veterinarian explains why dogs eat grass and when to worry.">
<link rel="canonical" href="https://www.pawsmd.example/dog/behavior/why-do-dogs-eat-grass"><meta property="og:site_name" content="PawsMD">
<meta property="og:type" content="article"><meta name="next-head-count" content="24">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${pTitle}","author":{"@type":"Person","name":
"Anita Varga, DVM"},"reviewedBy":{"@type":"Person","name":"Jonah Ellery, DVM"},"dateModified":"2025-02-18","publisher":{"@type":"Organization","name":"PawsMD"}}
</script><link rel="preload" href="/_next/static/css/8f2a1c4e.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f2a1c4e.css">
<script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script></head>
<body><div id="__next"><a class="SkipLink_skip__pQ2xW" href="#main">Skip to main content</a>
<header class="Header_header__K1w3f"><div class="Header_top__b8D2n"><a href="/" class="Header_logo__3JcVh" aria-label="PawsMD home"><svg
viewBox="0 0 120 32"></svg></a><form class="Search_form__z0YkL" role="search"><input aria-label="Search PawsMD" placeholder="Search PawsMD" type="search">
</form></div><nav class="Header_nav__0xq9T" aria-label="Pet types"><ul>${links(pNav, 'Header_navItem__m2b8P')}</ul></nav></header>
<main id="main" class="ArticlePage_main__H6bq1"><nav class="Breadcrumbs_breadcrumbs__eZ5kK" aria-label="breadcrumbs"><ol>${links(pCrumb)}</ol></nav>
<article class="ArticlePage_article__Yf0w2"><header class="ArticleHeader_header__Tr4mE"><h1 class="ArticleHeader_title__bN0sd">${pTitle}</h1>
<div class="ArticleHeader_byline__k9zQp"><div class="Byline_reviewed__x0c3R"><span class="Byline_icon__u2mvb" aria-hidden="true"></span>
<span>Medically Reviewed by <a href="/experts/jonah-ellery">Jonah Ellery, DVM</a></span></div>
<div class="Byline_written__qwP7a">Written by <a href="/experts/anita-varga">Anita Varga, DVM</a></div>
<div class="Byline_date__Lr6mZ">Updated Feb. 18, 2025</div></div>
<figure class="ArticleHeader_image__c3LfD"><img alt="A terrier chewing grass in a park" src="https://images.pawsmd.example/dog-grass.jpg?w=1200"
loading="eager" width="1200" height="675"><figcaption class="ArticleHeader_credit__f8HxQ">Photo credit: Adobe/Rowan Elkins</figcaption></figure></header>
<div class="ArticleBody_body__VsZ0e"><nav class="Toc_toc__w5Hh9" aria-label="In This Article"><p class="Toc_title__g1pL2">In This Article</p><ol>
${[pH1, pH2, pH3, pH4].map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('\n')}</ol></nav>
${pPs(pP0)}
${pSec(pH1, pPs(pP1))}
${pAd(1)}
${pSec(pH2, `${pPs(pP2)}\n${pUl(pList1)}`)}
${pAd(2)}
${pSec(pH3, `${pPs(pP3)}\n${pUl(pList2)}\n${pPs(pP3b)}`)}
${pSec(pH4, pPs(pP4))}
<section class="References_refs__u1YbK"><h2 class="References_title__Q0b2n">References</h2><ol>${pRefs.map((r) => `<li>${r}</li>`).join('\n')}</ol></section>
</div>
<div class="Feedback_widget__mD5rE"><p class="Feedback_title__K7i0e">Help us make PawsMD better</p><p>Was this article helpful?</p>
<button type="button">Yes</button><button type="button">No</button></div>
<section class="AuthorCard_card__dC0sA"><p class="AuthorCard_label__n7e2K">WRITTEN BY</p><a class="AuthorCard_name__lH3v8" href="/experts/anita-varga">Anita
Varga, DVM</a><p class="AuthorCard_role__z6Prk">Veterinarian</p><p class="AuthorCard_bio__J4tUy">${pBio}</p></section></article>
<aside class="RelatedArticles_related__M9xqR"><h2>Related articles</h2><ul>${links(pRel)}</ul></aside></main>
<section class="Newsletter_nl__dP8m1"><h2>Sign up for the PawsMD newsletter</h2><p>Get vet-approved pet care tips delivered to your inbox.</p>
<input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign Up</button></section>
<footer class="Footer_footer__aU2sK"><ul>${links(pFoot)}</ul><p>The content on this site is for informational purposes only and is not a substitute for
professional veterinary advice.</p><p>© 2025 PawsMD. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${pCookie}</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-accept-btn-handler">Accept All</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"why-do-dogs-eat-grass","category":"behavior"}},"page":"/[pet]/[cat]/[slug]"}
</script></body></html>`;
const petmd: TestPage = {
  html: pHtml,
  name: 'heldout224-petmd-article',
  kind: 'docs',
  // the reviewer and the writer lines (with their names) and the updated date are bylines; the "In This Article" list repeats
  // the headings and is left out; the references list is in neither list; the ad labels, photo credit, feedback widget, the
  // author card, related articles, newsletter, footer (with its disclaimer) and cookie banner are furniture
  title: pTitle,
  headings: [pH1, pH2, pH3, pH4],
  body: [...pP0, ...pP1, ...pP2, ...pList1, ...pP3, ...pList2, ...pP3b, ...pP4],
  bylines: ['Medically Reviewed by Jonah Ellery, DVM', 'Written by Anita Varga, DVM', 'Updated Feb. 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pNav, 'Behavior', 'Photo credit: Adobe/Rowan Elkins', 'In This Article', 'Advertisement', 'Help us make PawsMD better',
    'Was this article helpful?', 'Yes', 'No', 'WRITTEN BY', 'Veterinarian', pBio, 'Related articles', ...pRel, 'Sign up for the PawsMD newsletter',
    'Get vet-approved pet care tips delivered to your inbox.', 'Sign Up', ...pFoot,
    'The content on this site is for informational purposes only and is not a substitute for professional veterinary advice.',
    '© 2025 PawsMD. All rights reserved.', pCookie, 'Manage Preferences', 'Accept All',
  ],
};

export const HELDOUT224_B: readonly TestPage[] = [petmd, insurerGuide];
