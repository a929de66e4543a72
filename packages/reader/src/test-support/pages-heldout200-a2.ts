import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file a2: a Quizlet study set page as a signed-out visitor saves it (the top bar with search,
 * "Create" and "Log in", the set title and its description, the study-mode buttons, the flashcard viewer that repeats
 * the first card, the creator card, the "Terms in this set" list with star and audio buttons, the "Students also
 * studied" rail, "Other sets by this creator", the sign-up modal hidden in the page, the OneTrust banner and the footer).
 */
const qzTitle = 'Unit 4: Cell Transport Vocabulary (Biology 9)';
const qzDesc = [
  'Vocabulary for Unit 4 of Ms. Okonjo’s Biology 9 class at Redfern Valley High School. Learn every term before the unit ' +
    'quiz on Friday. The definitions match the wording in our class notes, so use these rather than the textbook glossary.',
];
const qzTerms: readonly [string, string][] = [
  ['cell membrane', 'The thin, flexible boundary around every cell that controls which substances enter and leave it.'],
  ['phospholipid bilayer', 'Two layers of phospholipid molecules, heads facing outward toward water and tails facing inward, that form the membrane.'],
  ['selectively permeable', 'Describes a membrane that lets some substances cross easily while blocking or slowing others.'],
  ['diffusion', 'The net movement of particles from an area of higher concentration to an area of lower concentration, without using energy.'],
  ['concentration gradient', 'The difference in the concentration of a substance between two areas; particles move down it during diffusion.'],
  ['osmosis', 'The diffusion of water across a selectively permeable membrane, from the side with more free water to the side with less.'],
  ['hypertonic solution', 'A solution with a higher solute concentration than the cell, so water leaves the cell and it shrinks.'],
  ['hypotonic solution', 'A solution with a lower solute concentration than the cell, so water enters the cell and it swells.'],
  ['isotonic solution', 'A solution with the same solute concentration as the cell, so there is no net movement of water.'],
  ['facilitated diffusion', 'Passive movement of molecules through channel or carrier proteins in the membrane, down their gradient.'],
  ['active transport', 'Movement of substances against their concentration gradient, using energy from ATP and carrier proteins.'],
  ['sodium-potassium pump', 'A carrier protein that uses ATP to move three sodium ions out of a cell and two potassium ions in.'],
  ['endocytosis', 'The process in which a cell surrounds a large particle with its membrane and takes it in inside a vesicle.'],
  ['exocytosis', 'The process in which a vesicle fuses with the cell membrane and releases its contents outside the cell.'],
  ['plasmolysis', 'The shrinking of a plant cell’s cytoplasm away from its cell wall when the cell loses water in a hypertonic solution.'],
  ['turgor pressure', 'The pressure of water inside a plant cell pushing against the cell wall, which keeps the plant upright.'],
];
const qzNav = ['Study tools', 'Subjects', 'Expert Solutions'];
const qzModes = ['Flashcards', 'Learn', 'Test', 'Blocks', 'Blast', 'Match'];
const qzAlso = [
  'Biology Unit 3 Cell Structure',
  'Cell Membrane and Transport Quiz',
  'Osmosis and Diffusion Lab Terms',
  'Chapter 7 Cell Structure and Function',
];
const qzOther = ['Unit 3: Cells and Organelles', 'Unit 5: Photosynthesis and Respiration', 'Lab Safety Symbols'];
const qzModal = [
  'Sign up to study this set',
  'Join millions of students and teachers who use Quizlet',
  'Continue with Google',
  'Sign up with email',
  'Already have an account? Log in',
];
const qzCookie =
  'We and our partners use cookies and similar technologies to improve your experience, analyze traffic and show ' +
  'personalized ads. You can manage your preferences at any time.';
const qzFoot = [
  'About us',
  'About Quizlet',
  'How Quizlet works',
  'Careers',
  'Advertise with us',
  'Get the app',
  'For students',
  'Flashcards',
  'Learn',
  'Solutions',
  'For teachers',
  'Live',
  'Checkpoint',
  'Resources',
  'Help center',
  'Sign up',
  'Honor code',
  'Community guidelines',
  'Privacy',
  'Terms',
  'Ad and Cookie Policy',
  'Quizlet for Schools',
];
const qzTerm = ([t, d]: readonly [string, string], i: number): string => `<div class="SetPageTerms-term" aria-label="Term ${i + 1} of 16">
<div class="SetPageTerm-content"><div class="SetPageTerm-wordText"><span class="TermText notranslate lang-en">${t}</span></div>
<div class="SetPageTerm-definitionText"><span class="TermText notranslate lang-en">${d}</span></div>
<div class="SetPageTerm-actions"><button aria-label="Star this term" class="AssemblyIconButton"><span class="sr-only">Star</span></button>
<button aria-label="Text to speech" class="AssemblyIconButton"><span class="sr-only">Play audio</span></button></div></div></div>`;
const qzCard = qzTerms[0] ?? ['', ''];
const qzHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${qzTitle} Flashcards | Quizlet</title>
<meta name="description" content="Study with Quizlet and memorize flashcards containing terms like cell membrane, phospholipid bilayer, selectively
permeable and more.">
<meta property="og:title" content="${qzTitle}"><meta property="og:type" content="website"><meta name="robots" content="index, follow">
<link rel="canonical" href="https://quizlet.com/904417352/unit-4-cell-transport-vocabulary-biology-9-flash-cards/">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Quiz","about":{"@type":"Thing","name":"${qzTitle}"},
"educationalAlignment":[{"@type":"AlignmentObject","alignmentType":"educationalSubject","targetName":"Biology"}],
"hasPart":[{"@type":"Question","eduQuestionType":"Flashcard","text":"${qzCard[0]}","acceptedAnswer":{"@type":"Answer","text":"${qzCard[1]}"}}]}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"setId":904417352,"isLoggedIn":false}},"page":"/[setId]/[setSlug]"}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="__next"><div class="TopNavigationWrapper"><header class="TopNavigation" role="banner"><a class="TopNavigation-logo" href="/"
aria-label="Quizlet home"><span class="sr-only">Quizlet</span></a><nav aria-label="Main"><ul>${links(qzNav, 'TopNavigation-item')}</ul></nav>
<form role="search" class="SiteSearch"><input type="search" aria-label="Find it faster with a search" placeholder="Find it faster with a search"></form>
<button class="TopNavigation-create" aria-haspopup="menu">Create</button><a class="TopNavigation-login" href="/login">Log in</a>
<a class="TopNavigation-signup AssemblyButton--primary" href="/sign-up">Sign up</a></header></div>
<main class="SetPage" id="setPageSetContentWrapper"><div class="SetPage-breadcrumbTitleWrapper">
<div class="SetPage-titleWrapper"><h1 class="UIHeading UIHeading--one">${qzTitle}</h1></div>
<div class="SetPage-setDetailsInfoWrapper"><div class="SetPageHeader-description"><div class="SetPageHeader-descriptionText">
${qzDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div>
<div class="SetPage-modes"><nav aria-label="Study modes" class="SetPageModes">${qzModes.map((m) => `<a class="SetPageModes-mode" href="#">${m}</a>`).join('\n')}
</nav></div>
<section class="SetPage-flashcards" aria-label="Flashcards"><div class="FlashcardsWrapper"><div class="Card-front" aria-hidden="false">
<span class="TermText notranslate">${qzCard[0]}</span></div><div class="Card-back" aria-hidden="true"><span class="TermText notranslate">${qzCard[1]}</span>
</div></div><div class="FlashcardsFooter"><span class="FlashcardsFooter-progress">1 / 16</span><button aria-label="Previous">Previous</button>
<button aria-label="Next">Next</button><button class="FlashcardsFooter-shuffle">Shuffle</button><span class="FlashcardsFooter-track">Track progress</span></div>
<p class="FlashcardsFooter-hint">Click the card to flip 👆</p></section>
<div class="SetPage-creatorWrapper"><div class="UserCard"><span class="UserCard-label">Created by</span>
<a class="UserLink-username" href="/user/MsOkonjoBio/sets">MsOkonjoBio</a><span class="UserCard-badge">Teacher</span>
<span class="UserCard-date">Created 3 months ago</span></div><div class="SetPage-actions"><button aria-label="Save">Save</button>
<button aria-label="Share">Share</button><button aria-label="More menu options">More</button></div></div>
<section class="SetPage-terms" aria-labelledby="setPageTermsHeading"><h2 id="setPageTermsHeading" class="SetPageTerms-header">Terms in this set (16)</h2>
<div class="SetPageTerms-termsList">
${qzTerms.map(qzTerm).join('\n')}
</div><button class="SetPageTerms-seeMore">See more</button></section>
<aside class="SetPage-recommendations"><section><h2>Students also studied</h2><ul>${links(qzAlso, 'RecommendedSet')}</ul></section>
<section><h2>Other sets by this creator</h2><ul>${links(qzOther, 'CreatorSet')}</ul></section>
<div class="SiteAd" data-ad-slot="set_page_rail"><span class="SiteAd-label">Advertisement</span><div id="div-gpt-ad-1"></div></div></aside></main>
<div class="SignupModal" role="dialog" aria-modal="true" hidden><h2>${qzModal[0]}</h2><p>${qzModal[1]}</p><button>${qzModal[2]}</button>
<button>${qzModal[3]}</button><p>${qzModal[4]}</p></div>
<footer class="SiteFooter" role="contentinfo"><div class="SiteFooter-links"><ul>${links(qzFoot, 'SiteFooter-link')}</ul></div>
<div class="SiteFooter-country"><span>Country: United States</span><button>Language: English (USA)</button></div>
<p class="SiteFooter-copyright">© 2026 Quizlet, Inc.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${qzCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://assets.quizlet.example/_next/static/chunks/pages/%5BsetId%5D/%5BsetSlug%5D-4f1e8a.js" defer></script></body></html>`;
export const quizletSet: TestPage = {
  html: qzHtml,
  name: 'heldout200-quizlet-study-set-docs',
  kind: 'docs',
  // the set's description and every term and definition are body (the flashcard viewer repeats the first card and is in
  // neither list); "Terms in this set (16)" is a platform label: furniture; the creator handle and the created line are
  // bylines, the badge, study modes, flashcard controls, rails, the hidden sign-up modal, footer and cookie banner furniture
  title: qzTitle,
  headings: [],
  body: [...texts(qzDesc), ...qzTerms.flat()],
  bylines: ['MsOkonjoBio', 'Created 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qzNav, 'Create', 'Log in', 'Sign up', ...qzModes.filter((m) => m !== 'Flashcards' && m !== 'Learn'), '1 / 16', 'Previous', 'Next', 'Shuffle',
    'Track progress', 'Click the card to flip 👆', 'Star', 'Play audio',
    'Created by', 'Teacher', 'Save', 'Share', 'More', 'Terms in this set (16)', 'See more',
    'Students also studied', ...qzAlso, 'Other sets by this creator', ...qzOther, 'Advertisement', ...qzModal, ...qzFoot.filter((t) => t !== 'Sign up'),
    'Country: United States',
    'Language: English (USA)', '© 2026 Quizlet, Inc.', qzCookie, 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};
