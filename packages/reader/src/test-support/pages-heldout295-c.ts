import { links, ps, type TestPage, texts } from './page-kit.js';
import { pharmacyHub } from './pages-heldout295-c2.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file c: a veterinary clinic's pet-health article built with WordPress and Elementor (Elementor header
 * template with the "Book an Appointment" button, post-info widget, share buttons, an image widget with a caption, a call-to-action
 * box, the posts widget "More Pet Health Tips", the footer template with hours and the Complianz cookie banner) and, from file c2,
 * a pharmacy chain's health hub page.
 */
const vTitle = 'Itchy Dog? What Seasonal Allergies Look Like and How We Treat Them';
const vHeads = ['Signs to Watch For', 'Why Does It Happen?', 'How We Diagnose Allergies', 'Treatment Options', 'When to Call Us'];
const vIntro = [
  j(
    'Every spring the phones at our clinic start ringing with the same question: why will my dog not stop scratching?',
    'In many cases the answer is an allergy to pollen, grass or dust mites, known to vets as atopic dermatitis.',
  ),
  j(
    'Unlike people, who tend to sneeze, allergic dogs mostly show it through their skin. The good news is that with the right plan,',
    'most itchy dogs can be made comfortable again.',
  ),
];
const vSigns = ['Seasonal allergies often start between one and three years of age. Look out for:'];
const vSignsList = [
  'Licking or chewing the paws, sometimes leaving brown saliva stains on light fur',
  'Rubbing the face along the carpet or furniture',
  'Red skin on the belly, armpits or between the toes',
  'Repeated ear infections, head shaking or a yeasty smell from the ears',
  'Hair loss or thickened, darker skin where the dog keeps scratching',
];
const vWhy = [
  j(
    'In an allergic dog the skin barrier does not work as well as it should, so pollen and other particles get in more easily. The',
    'immune system then overreacts to them and releases chemicals that make the skin itch and become inflamed.',
  ),
  j(
    'Scratching damages the skin further, which lets bacteria and yeast take hold. That is why many allergic dogs come to us with a',
    'secondary skin infection that needs treating before we can tell how itchy the allergy itself makes them.',
  ),
];
const vDiag = [
  j(
    'There is no single test that proves a dog has atopic dermatitis. Instead, we rule out other causes of itching first, especially',
    'fleas and food allergy. That usually means strict flea treatment for all pets in the house and, in some dogs, an eight-week food trial.',
  ),
  j(
    'Once other causes are ruled out, a blood test or an intradermal skin test can show which allergens your dog reacts to. We mainly',
    'use these results to prepare a vaccine-like treatment called immunotherapy.',
  ),
];
const vTreat = ['Most dogs need a combination of treatments, adjusted through the year as pollen counts rise and fall:'];
const vTreatList = [
  'Anti-itch tablets or a monthly anti-itch injection to break the scratch cycle quickly',
  'Medicated shampoos once or twice a week to wash allergens off the coat and calm the skin',
  'Omega-3 fatty acid supplements and skin-support diets to strengthen the skin barrier',
  'Allergen immunotherapy, which helps around two thirds of dogs over six to twelve months',
];
const vQuote = [
  j(
    '"Allergies are managed, not cured, but a dog on the right plan can have a completely normal, happy life," says our senior vet,',
    'who has run the skin clinic for nine years.',
  ),
];
const vCall = [
  j(
    'Book a visit if your dog has been itchy for more than a week, if the skin is broken or weeping, or if ear problems keep coming',
    'back. Please do not start steroid tablets left over from another pet, as they can hide signs we need to see.',
  ),
];
const vNav = ['Home', 'Our Services', 'Meet the Team', 'Pet Health Blog', 'New Clients', 'Contact'];
const vMore = ['Why Regular Dental Checks Matter for Cats', 'Is Chocolate Really That Dangerous for Dogs?', 'Preparing Your Rabbit for Summer'];
const vCats = ['Dogs', 'Skin & Coat'];
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${vTitle} - Fernhill Veterinary Clinic</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-08T09:12:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":
"${vTitle}","author":{"name":"Dr. Imogen Blaine"},"datePublished":"2026-04-08"},{"@type":"VeterinaryCare","name":"Fernhill Veterinary Clinic"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://fernhillvets.example/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":2219,"title":"Itchy Dog"}};</script></head>
<body class="post-template-default single single-post postid-2219 elementor-default elementor-kit-6 elementor-page-1480">
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><a href="/">Fernhill Veterinary Clinic</a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">
${links(vNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button" href="/book"><span
class="elementor-button-text">Book an Appointment</span></a></div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1480" class="elementor elementor-1480 elementor-location-single post-2219 post type-post">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items">
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-author">Dr. Imogen Blaine</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-date">April 8, 2026</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__terms-list">${vCats
  .map((c) => `<a href="/category/${c.length}" class="elementor-post-info__terms-list-item">${c.replace('&', '&amp;')}</a>`)
  .join(', ')}</span></li></ul></div>
<div class="elementor-element elementor-widget elementor-widget-image"><figure class="wp-caption"><img src="/wp-content/uploads/2026/04/itchy-spaniel.jpg"
alt="Spaniel scratching its ear"><figcaption class="widget-image-caption wp-caption-text">Bramble, a four-year-old spaniel, during her allergy check.
Photo: Fernhill Vets</figcaption></figure></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(vIntro)}
<h2 class="wp-block-heading">${vHeads[0]}</h2>${ps(vSigns)}<ul class="wp-block-list">${lis(vSignsList)}</ul>
<h2 class="wp-block-heading">${vHeads[1]}</h2>${ps(vWhy)}
<h2 class="wp-block-heading">${vHeads[2]}</h2>${ps(vDiag)}
<h2 class="wp-block-heading">${vHeads[3]}</h2>${ps(vTreat)}<ul class="wp-block-list">${lis(vTreatList)}</ul>
<blockquote class="wp-block-quote">${ps(vQuote)}</blockquote>
<h2 class="wp-block-heading">${vHeads[4]}</h2>${ps(vCall)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-share-buttons-label">Share this article</div>
<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__title">Facebook</span></div>
<div class="elementor-share-btn elementor-share-btn_whatsapp"><span class="elementor-share-btn__title">WhatsApp</span></div>
<div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">Email</span></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content">
<h3 class="elementor-cta__title">Worried about your pet's skin?</h3><div class="elementor-cta__description">Our nurses run free skin clinics every
Thursday afternoon.</div><a class="elementor-cta__button elementor-button" href="/book">Book a skin clinic</a></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">More Pet Health Tips</h2></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-posts-container elementor-posts">
${vMore
  .map(
    (t) => `<article class="elementor-post elementor-grid-item"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
<a class="elementor-post__read-more" href="#">Read More »</a></article>`,
  )
  .join('\n')}</div></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer"><section class="elementor-section">
<div class="elementor-widget-text-editor"><p>Fernhill Veterinary Clinic, 12 Mill Lane, Ashcombe AC4 9RT</p><p>Mon-Fri 8am-7pm, Sat 9am-1pm</p>
<p>24-hour emergency line: 01632 960 412</p></div><div class="elementor-widget-text-editor"><p>© 2026 Fernhill Veterinary Clinic. Registered
practice of the Veterinary Standards Council.</p></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://fernhillvets.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js"></script></body></html>`;
const vet: TestPage = {
  name: 'heldout295-elementor-vet-clinic-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([...vIntro, ...vSigns, ...vSignsList, ...vWhy, ...vDiag, ...vTreat, ...vTreatList, ...vQuote, ...vCall]),
  bylines: ['Dr. Imogen Blaine', 'April 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernhill Veterinary Clinic', ...vNav, 'Book an Appointment', 'Dogs', 'Skin & Coat',
    'Bramble, a four-year-old spaniel, during her allergy check. Photo: Fernhill Vets', 'Share this article', 'Facebook', 'WhatsApp', 'Email',
    "Worried about your pet's skin?", 'Our nurses run free skin clinics every Thursday afternoon.', 'Book a skin clinic', 'More Pet Health Tips', ...vMore,
    'Read More »', 'Fernhill Veterinary Clinic, 12 Mill Lane, Ashcombe AC4 9RT', 'Mon-Fri 8am-7pm, Sat 9am-1pm', '24-hour emergency line: 01632 960 412',
    '© 2026 Fernhill Veterinary Clinic. Registered practice of the Veterinary Standards Council.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT295_C: readonly TestPage[] = [vet, pharmacyHub];
