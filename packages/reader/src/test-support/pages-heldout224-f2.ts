import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 224, file f2: an RSPCA-style advice page on Liferay DXP (the "Report cruelty" and "Donate" header buttons, the
 * "Get advice" mega-menu, breadcrumb, the page intro, section headings and fragments, an "Is your pet in danger?" alert box
 * at the top of the content, an accordion of tips whose panels are hidden until opened, the "Was this page helpful?" form,
 * "More advice" cards, a donation banner, the footer with the charity line and the cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const rTitle = 'Fireworks and pets: how to help your animals cope';
const rIntro = paras(`
Fireworks can be frightening for many animals. Bangs and flashes that last a few seconds for us can leave a dog, cat or rabbit anxious for hours,
and some pets are injured trying to escape the noise. Planning ahead can make a real difference.`);
const rH1 = 'Signs your pet is frightened';
const rList1 = ['Trembling, shaking or panting', 'Hiding, or trying to escape', 'Barking, whining or pacing', 'Soiling in the house', 'Refusing to eat'];
const rH2 = 'Before fireworks season';
const rP2 = paras(`
Start preparing several weeks before the first displays. Sound therapy, where your pet hears recordings of fireworks at a very low volume which is
raised slowly over time, can help some animals learn that the noise is nothing to fear. Speak to your vet if your pet has a severe fear of noises,
as they may refer you to a clinical animal behaviourist.

Make sure your pet is microchipped and that your contact details are up to date, in case they escape.`);
const rH3 = 'Dogs';
const rTipsDogs = [
  [
    'Create a safe den',
    'Set up a quiet hiding place a few weeks ahead, such as a covered crate with familiar bedding, and let your dog use it whenever they like.',
  ],
  ['Walk earlier', 'Walk your dog before dark so they are not caught out by early fireworks, and keep them on a lead in case of an unexpected bang.'],
  ['Stay calm', 'Comfort your dog if they come to you, but try to behave normally. Dogs look to us for cues, and a relaxed owner helps.'],
];
const rH4 = 'Cats';
const rP4 = paras(`
Keep cats indoors in the evenings and close the cat flap before it gets dark. Provide places to hide, such as a cardboard box on a high shelf, and a
litter tray indoors. Do not try to coax your cat out of hiding: they will come out when they feel safe.`);
const rH5 = 'Rabbits and other small pets';
const rP5 = paras(`
If your rabbits or guinea pigs live outside, partly cover their hutches and runs with thick blankets to muffle the sound, leaving space for
ventilation, and give them extra bedding to burrow into. If you can, bring them into a quiet room indoors or a garage for the evening.`);
const rAlert = ['Is your pet in danger?', 'If your pet has been injured or is having difficulty breathing, contact your vet immediately.'];
const rNav = ['Get advice', 'Get involved', 'Report cruelty', 'Rehome a pet', 'Shop', 'About us'];
const rCrumb = ['Home', 'Get advice', 'Pet care advice'];
const rFeedback = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback.'];
const rMore = ['Keeping pets safe in hot weather', 'Finding a lost pet', 'Choosing a vet', 'Introducing a new cat to your home'];
const rDonate = ['Help us help animals', 'Your donation could help our officers rescue animals in danger this winter.', 'Donate now'];
const rFoot = ['Contact us', 'Careers', 'Media centre', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Modern slavery statement'];
const rCharity =
  'The Royal Society for Animal Welfare is a registered charity in England and Wales (no. 219911). Registered office: Parkside House, Southwater RH13 9RS.';
const rCookie = ['We use cookies to make our website work and to understand how you use it.', 'Accept all', 'Reject all', 'Manage settings'];
const rFrag = (inner: string): string => `<div class="lfr-layout-structure-item-basic-component-paragraph"><div class="component-paragraph text-break"
data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">${inner}</div></div>`;
const rPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rHtml = `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-GB"><head><title>Fireworks and pets: how to help your animals cope | RSAW</title>
<meta content="initial-scale=1.0, width=device-width"
name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta content="How to keep dogs, cats and small pets calm and safe during
fireworks." name="description"><link href="https://www.rsaw.example/adviceandwelfare/pets/fireworks" rel="canonical"><meta property="og:type" content="website">
<link class="lfr-css-file" data-senna-track="temporary"
href="https://www.rsaw.example/o/rsaw-theme/css/main.css?browserId=chrome&amp;themeId=rsaw_WAR_rsawtheme"
rel="stylesheet" type="text/css">
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=en_GB" type="text/javascript">
</script><script type="text/javascript">var themeDisplay = {getLayoutId: function() {return "418";}, getLanguageId: function() {return "en_GB";}};</script>
</head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site"><div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill"
id="wrapper"><header id="banner" role="banner"><a class="sr-only sr-only-focusable" href="#main-content">Skip to main content</a><div class="rsaw-header">
<a class="rsaw-header__logo" href="/" title="Go to RSAW"><img alt="RSAW" src="/o/rsaw-theme/images/logo.svg"></a><div class="rsaw-header__actions">
<a class="btn btn-outline" href="/report-cruelty">Report cruelty</a><a class="btn btn-primary" href="/donate">Donate</a></div>
<nav class="rsaw-mega-nav" aria-label="Site pages" id="navigation" role="navigation"><ul role="menubar">${links(rNav, 'lfr-nav-item')}</ul></nav></div></header>
<section class="flex-fill" id="content"><div class="portlet-boundary portlet-breadcrumb"><nav aria-label="Breadcrumb">
<ol class="breadcrumb">${links(rCrumb, 'breadcrumb-item')}
<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">Fireworks</span></li></ol></nav></div>
<div class="layout-content portlet-layout" id="main-content" role="main"><div class="lfr-layout-structure-item-container">
<div class="container-fluid container-fluid-max-xl">
<div class="lfr-layout-structure-item-basic-component-heading">
<h1 class="component-heading mb-0 text-break" data-lfr-editable-id="element-text">${rTitle}</h1></div>
<div class="rsaw-alert rsaw-alert--warning" role="note"><p class="rsaw-alert__title">${rAlert[0]}</p><p>${rAlert[1]}</p><a href="/find-a-vet">Find your nearest
vet</a></div>
${rFrag(rPs(rIntro.map((p) => `<span class="lead">${p}</span>`)))}
${rFrag(`<h2>${rH1}</h2><p>Look out for these signs that your pet is scared:</p><ul>${rList1.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${rFrag(`<h2>${rH2}</h2>\n${rPs(rP2)}`)}
${rFrag(`<h2>${rH3}</h2>`)}
<div class="panel-group rsaw-accordion" role="tablist">${rTipsDogs
  .map(
    (
      [h, t],
      i,
    ) => `<div class="panel panel-default"><div class="panel-heading" role="tab"><h3 class="panel-title"><a aria-controls="tip-${i}" aria-expanded="false"
class="collapse-icon collapsed" data-toggle="liferay-collapse" href="#tip-${i}" role="button">${h}<span class="collapse-icon-closed"></span></a></h3></div>
<div class="panel-collapse collapse" id="tip-${i}" role="tabpanel"><div class="panel-body"><p>${t}</p></div></div></div>`,
  )
  .join('\n')}</div>
${rFrag(`<h2>${rH4}</h2>\n${rPs(rP4)}`)}
${rFrag(`<h2>${rH5}</h2>\n${rPs(rP5)}`)}
<div class="rsaw-feedback"><form><fieldset><legend>${rFeedback[0]}</legend><button type="button">${rFeedback[1]}</button>
<button type="button">${rFeedback[2]}</button>
</fieldset><p class="rsaw-feedback__thanks d-none" aria-live="polite">${rFeedback[3]}</p></form></div>
<p class="rsaw-page-updated">Page last reviewed: October 2025</p></div></div>
<div class="rsaw-cards"><h2 class="rsaw-cards__title">More advice</h2><ul>${links(rMore, 'rsaw-card')}</ul></div>
<div class="rsaw-donate-banner"><h2>${rDonate[0]}</h2><p>${rDonate[1]}</p><a class="btn btn-primary" href="/donate?utm_source=advice">${rDonate[2]}</a></div>
</div></section>
<footer id="footer" role="contentinfo"><ul class="rsaw-footer__links">${links(rFoot)}</ul><p class="rsaw-footer__charity">${rCharity}</p></footer></div></div>
<div class="rsaw-cookie-banner" role="dialog" aria-live="polite"><p>${rCookie[0]}</p><button class="btn btn-primary">${rCookie[1]}</button>
<button class="btn">${rCookie[2]}
</button><a href="/cookie-policy#settings">${rCookie[3]}</a></div>
<script src="/o/rsaw-theme/js/main.js?browserId=chrome" type="text/javascript"></script></body></html>`;
export const rspcaAdvice: TestPage = {
  html: rHtml,
  name: 'heldout224-rspca-advice-page',
  kind: 'docs',
  // the lead intro, the list's lead-in line and the accordion's tips (collapsed, in the DOM) are body and the tip titles
  // (h3) headings; the "Is your pet in danger?" alert at the top of the content, feedback form, "More advice" cards, donation
  // banner, footer and cookie banner are furniture; "Page last reviewed" is the byline
  title: rTitle,
  headings: [rH1, rH2, rH3, ...rTipsDogs.map((t) => t[0]!), rH4, rH5],
  body: [...rIntro, 'Look out for these signs that your pet is scared:', ...rList1, ...rP2, ...rTipsDogs.map((t) => t[1]!), ...rP4, ...rP5],
  bylines: ['Page last reviewed: October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Report cruelty', 'Donate', ...rNav, 'Pet care advice', 'Fireworks', ...rAlert, 'Find your nearest vet', ...rFeedback,
    'More advice', ...rMore,
    ...rDonate, ...rFoot, rCharity, ...rCookie,
  ],
};
