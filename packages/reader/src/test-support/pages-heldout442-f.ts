import { type TestPage, texts } from './page-kit.js';
import { redcap } from './pages-heldout442-f2.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file f: a LimeSurvey survey in the vanilla theme shown all-in-one (top navbar with the survey name,
 * "Resume later" / "Exit and clear survey" and the language menu, the progress bar, survey name and description, the
 * welcome text with the question count and the anonymity notice, question groups with their titles and descriptions,
 * questions with help texts, answers and mandatory notes, the Submit button, the privacy link and the "Powered by
 * LimeSurvey" line) and, from file f2, a REDCap research consent form.
 */
const lTitle = 'Greyford Canal Towpath Users’ Survey';
const lDesc = j(
  'The Greyford Canal Trust looks after eleven miles of towpath between Oldbury Lock and the Wenham basin. Walkers, runners,',
  'anglers, cyclists and boaters all share a path that in places is barely two metres wide.',
);
const lWelcome = [
  j(
    'Over the next two years the Trust will resurface the stretch from Oldbury Lock to Kettle Bridge, and we have a chance to change',
    'how the path is laid out. Before we draw up plans we want to know who uses it, when, and what makes sharing it difficult.',
  ),
  'Please answer for your most recent visit unless a question says otherwise.',
];
type L = [string, string, string[]];
const lGroups: [string, string, L[]][] = [
  [
    'Your visits',
    'First, a few questions about how you use the towpath.',
    [
      [
        'How do you usually travel along the towpath?',
        'If you use it in more than one way, choose the one you do most often.',
        ['On foot', 'Running', 'By bicycle', 'From a boat', 'Mobility scooter or wheelchair'],
      ],
      ['How often do you visit?', '', ['Daily', 'Weekly', 'Monthly', 'Less often']],
      ['At what time of day are you usually on the towpath?', 'Choose all that apply.', ['Before 8am', 'Daytime', 'After 5pm', 'Weekends only']],
    ],
  ],
  [
    'Sharing the path',
    j(
      'Most complaints we receive are about people moving at different speeds on a narrow path. We would like to understand where and',
      'when it goes wrong, not to blame any one group.',
    ),
    [
      ['Have you felt unsafe on the towpath in the last year because of another path user?', '', ['Yes', 'No']],
      [
        'Which of these ideas would you support on the Oldbury to Kettle Bridge stretch?',
        'The Trust can afford one or two of these, not all of them.',
        [
          'Widening the path at the three pinch points',
          'Signs asking cyclists to give way to walkers',
          'Passing places every 200 metres',
          'A 10mph advisory limit for cycles',
        ],
      ],
      ['Is there anything else you would like to tell the Trust about the towpath?', '', []],
    ],
  ],
];
const lQ = ([q, help, opts]: L, n: number): string => `<div id="question${n}" class="row list-radio mandatory question-container">
<div class="question-title-container bg-primary col-xs-12"><div class="question-number">${n}</div><div class="asterisk pull-left"><span class="text-danger
fa fa-asterisk small" aria-hidden="true"></span><span class="sr-only text-danger">(This question is mandatory)</span></div>
<div class="question-text"><div id="ls-question-text-528917X12X${n}" class="ls-label-question">${q}</div></div></div>
<div class="question-valid-container bg-primary text-info col-xs-12"><div id="vmsg_${n}" class="ls-question-help ls-em-tip em_default">${
  opts.length === 0 ? 'Please write your answer here:' : 'Choose one of the following answers'
}</div></div>
<div class="answer-container col-xs-12"><ul class="ls-answers answers-list radio-list list-unstyled" role="radiogroup">
${opts
  .map(
    (o, i) => `<li class="answer-item radio-item"><input class="radio" type="radio" id="a${n}${i}">
<label for="a${n}${i}" class="control-label radio-label">${o}</label></li>`,
  )
  .join('\n')}
</ul>${opts.length === 0 ? '<textarea class="form-control textarea" rows="5"></textarea>' : ''}</div>
${help === '' ? '' : `<div class="question-help-container text-info col-xs-12"><div class="ls-questionhelp">${help}</div></div>`}</div>`;
let lN = 0;
const lHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="en dir-ltr no-js"><head><meta charset="utf-8"><title>${lTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="LimeSurvey http://www.limesurvey.org">
<meta property="og:title" content="${lTitle}"><meta name="description" content="The Greyford Canal Trust looks after eleven miles of towpath.">
<link rel="stylesheet" type="text/css" href="/tmp/assets/8c3f2b1a/css/theme.css"><link rel="stylesheet" href="/tmp/assets/5e1d7c0f/css/noto.css">
<script type="text/javascript">var LSvar = {"bFixNumAuto":1,"bNumRealValue":0,"lang":{"confirm":{"confirm_cancel":"Cancel","confirm_ok":"OK"}},
"showpopup":1,"startPopups":[],"surveyid":528917};</script></head>
<body class="vanilla lang-en allinone brand-greyford" id="survey-528917"><div id="beginScripts"></div>
<div class="navbar navbar-default navbar-fixed-top" id="survey-nav"><div class="container"><div class="navbar-header"><div class="navbar-brand
logo-container"><img class="logo img-responsive" src="/upload/surveys/528917/images/gct-logo.png" alt="Greyford Canal Trust"></div></div>
<div class="collapse navbar-collapse" id="navbar"><ul class="nav navbar-nav navbar-right"><li><a href="#" class="ls-link-action ls-link-saveall">Resume
later</a></li><li><a href="/index.php/528917?move=clearall" class="ls-link-action ls-link-clearall">Exit and clear survey</a></li>
<li class="dropdown ls-language-changer"><a href="#" class="dropdown-toggle">Language: English</a><ul class="dropdown-menu"><li><a href="?lang=en">English
</a></li><li><a href="?lang=cy">Cymraeg</a></li></ul></li></ul></div></div></div>
<div id="outerframeContainer" class="outerframe container"><article><div id="main-col" class="col-centered space-col"><div class="top-container">
<div class="progress"><div class="progress-bar" role="progressbar" aria-valuenow="0" style="width:0%">0%</div></div></div>
<form id="limesurvey" name="limesurvey" action="/index.php/528917" method="post">
<div class="survey-name"><h1 class="text-center">${lTitle}</h1></div><div class="survey-description text-info text-center">${lDesc}</div>
<div class="survey-welcome h4 text-primary">${lWelcome.map((w) => `<p>${w}</p>`).join('')}</div>
<div class="number-of-questions text-muted"><div class="question-count-text">There are 6 questions in this survey.</div></div>
<div class="ls-privacy-message"><div class="alert alert-info">This survey is anonymous. The record of your survey responses does not contain any
identifying information about you, unless a specific survey question explicitly asked for it.</div></div>
${lGroups
  .map(
    ([g, d, qs]) => `<div class="group-outer-container space-col"><div class="group-container space-col"><div class="group-title-container">
<h3 class="group-title text-center">${g}</h3></div><div class="group-description row well">${d}</div>
${qs.map((q) => lQ(q, ++lN)).join('\n')}</div></div>`,
  )
  .join('\n')}
<div class="row navigator space-col" id="navigator-container"><div class="col-xs-6 text-right">
<button id="ls-button-submit" type="submit" value="movesubmit" name="move" accesskey="l" class="submit btn btn-lg btn-primary">Submit</button>
</div></div></form></div></article></div>
<footer class="footer container"><div class="ls-privacy-link"><a href="/index.php/528917?action=privacy">Privacy policy</a></div>
<div class="poweredby">Powered by <a href="https://www.limesurvey.example">LimeSurvey</a></div></footer>
<script type="text/javascript">jQuery(document).on('ready pjax:scriptcomplete',function(){ checkconditions(); activateSoftMandatory(); });</script>
</body></html>`;
const limeSurvey: TestPage = {
  name: 'heldout442-limesurvey-survey',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lGroups.map(([g]) => g),
  body: texts([lDesc, ...lWelcome, ...lGroups.flatMap(([, d, qs]) => [d, ...qs.flatMap(([q, h, o]) => [q, ...(h === '' ? [] : [h]), ...o])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Resume later', 'Exit and clear survey', 'Language: English', 'English', 'Cymraeg', 'There are 6 questions in this survey.',
    'This survey is anonymous. The record of your survey responses does not contain any identifying information about you,'
      + ' unless a specific survey question explicitly asked for it.',
    '(This question is mandatory)', 'Choose one of the following answers', 'Please write your answer here:', 'Submit', 'Privacy policy',
    'Powered by LimeSurvey',
  ],
};

export const HELDOUT442_F: readonly TestPage[] = [limeSurvey, redcap];
