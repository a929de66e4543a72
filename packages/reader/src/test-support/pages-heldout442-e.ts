import { ps, type TestPage, texts } from './page-kit.js';
import { formstack } from './pages-heldout442-e2.js';
import { j, lis } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file e: a Qualtrics survey intro page in the classic flat layout (the Skin wrapper with logo, the
 * language selector, the progress bar, one Text/Graphic question holding the study introduction with its h1, a short list
 * and the contact line, the Next button and the "Powered by Qualtrics" plug); its main text is short. From file e2, a
 * Formstack registration form.
 */
const qTitle = 'Sleep and Shift Work Study';
const qIntro = [
  j(
    'Thank you for opening this survey. We are a research team in the Department of Psychology at the University of Caerwent,',
    'and we are studying how rotating shift patterns affect the sleep, mood and concentration of people who work in care homes,',
    'hospitals and warehouses.',
  ),
  'You can take part if you:',
];
const qList = ['are aged 18 or over', 'have worked a rotating or night shift pattern in the last six months', 'live in the United Kingdom'];
const qMore = [
  j(
    'The survey takes 15 to 20 minutes. It asks about your working hours, how you slept over the past month and how alert you',
    'felt at work. There are no right or wrong answers, and you can skip any question you would rather not answer.',
  ),
  j(
    'Your responses are anonymous. We do not record your name or your IP address, and the results will only ever be reported as',
    'totals. At the end you can choose to enter a prize draw for one of ten £20 shopping vouchers; the email address you give for',
    'the draw is stored separately from your answers and deleted once the draw is made.',
  ),
  j(
    'On the next page you will find the full participant information and consent questions. If you have any questions before',
    'you begin, please contact the lead researcher, Dr Carys Pennant, at sleepstudy@caerwent.example.',
  ),
  'Click the arrow below to continue.',
];
const qHtml = `<!DOCTYPE html><html lang="en" class="JFEScope"><head><meta charset="UTF-8"><title>Online Survey | Qualtrics Survey Solutions</title>
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="Online Survey | Qualtrics Survey Solutions"><meta property="og:description"
content="Qualtrics sophisticated online survey software solutions make creating online surveys easy.">
<meta property="og:image" content="https://caerwent.qualtrics.example/CP/Graphic.php?IM=IM_8kQz2LrB"><link rel="icon"
href="https://caerwent.qualtrics.example/WRQualtricsShared/Graphics/favicon.ico">
<link rel="stylesheet" href="https://caerwent.qualtrics.example/jfe/themes/templated-skins/qualtrics.base:caerwent.uni:0.1773412.css">
<script>window.QSettings = {"pt":{"ProjectType":"CORE","SurveyID":"SV_4Jq2Zt7Nf1aBcDe","BrandID":"caerwent"}};
var QTrxEnvironment = {"jfeVersion":"b3f18a22","locale":"EN"};</script></head>
<body id="SurveyEngineBody" class="JFE"><form id="Page" name="Page" method="post" enctype="multipart/form-data" action="" class="JFE">
<div id="Wrapper" role="presentation"><div class="Skin" role="presentation"><div id="SkinContent" role="presentation">
<div id="LogoContainer"><div id="Logo"><img src="https://caerwent.qualtrics.example/CP/Graphic.php?IM=IM_logoUC" alt="University of Caerwent"></div></div>
<div id="HeaderContainer" role="banner"><div id="Header"></div></div>
<div class="LanguageSelectorContainer"><select id="Q_lang" class="Q_lang" aria-label="Language"><option value="EN" selected>English</option>
<option value="CY">Cymraeg</option></select></div>
<div id="ProgressBar" role="progressbar" aria-valuenow="0"><table class="ProgressBarContainer"><tr><td class="ProgressBarFill" style="width:0%"></td>
</tr></table><span class="ProgressBarLabel">0%</span></div>
<div id="Questions" role="main"><div id="QR~QID1" class="QuestionOuter BorderColor DB QID1" questionid="QID1" posttag="QID1">
<div class="Inner BorderColor TB"><div class="InnerInner BorderColor"><fieldset><legend><div class="QuestionText BorderColor">
<h1>${qTitle}</h1>
${ps(qIntro)}
<ul>${lis(qList)}</ul>
${ps(qMore)}
</div></legend><div class="QuestionBody"></div></fieldset></div></div></div></div>
<div id="Buttons" role="navigation"><input id="NextButton" class="NextButton Button" title="→" type="submit" name="NextButton" value="→"
aria-label="Next"></div></div></div>
<div id="Plug" style="display:block"><a href="https://www.qualtrics.example/powered-by-qualtrics/?utm_source=internal%2Binitiatives" target="_blank"
aria-label="Powered by Qualtrics: Learn more about Qualtrics in a new tab"><span class="PlugPrefix">Powered by Qualtrics</span></a></div>
<div id="Footer" role="contentinfo"><div class="FooterContent">University of Caerwent Research Ethics Committee approval ref. PSY-2026-0117</div></div></div>
<input type="hidden" id="SessionId" name="SessionId" value="FS_3xZp0aQ8mN"></form>
<script src="https://caerwent.qualtrics.example/jfe/static/dist/jfe.b3f18a22.js"></script></body></html>`;
const qualtrics: TestPage = {
  name: 'heldout442-qualtrics-survey-intro',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qIntro, ...qList, ...qMore]),
  bylines: [],
  furniture: ['English', 'Cymraeg', 'Powered by Qualtrics', 'University of Caerwent Research Ethics Committee approval ref. PSY-2026-0117'],
};

export const HELDOUT442_E: readonly TestPage[] = [qualtrics, formstack];
