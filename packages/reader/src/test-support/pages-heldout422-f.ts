import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';
import { nhs } from './pages-heldout422-f2.js';

/**
 * Held-out batch 422, file f: a calorie calculator page in the style of a long-running calculator site (table-based top bar,
 * breadcrumb, the calculator form with unit tabs, inputs, activity select and buttons, a results box, the explanation text
 * with formulas and a table, a right column with the search box and "Fitness and Health Calculators" list, ad slots and the
 * footer) and, from file f2, a public health body's nutrient reference page on the NHS.UK frontend.
 */
const kTitle = 'Calorie Calculator';
const kIntro = 'The Calorie Calculator can be used to estimate the number of calories a person needs to consume each day.';
const kP1 = [
  j(
    'This calculator can also provide some simple guidelines for gaining or losing weight. It uses your age, sex, height, weight',
    'and how active you are to estimate your basal metabolic rate (BMR), the energy your body uses at complete rest, and then',
    'multiplies it by an activity factor.',
  ),
  j(
    'The results are estimates. Two people of the same size can burn quite different amounts of energy, so treat the number as a',
    'starting point and adjust it after a few weeks of tracking your weight.',
  ),
];
const kP2 = ['The calculator uses the Mifflin-St Jeor equation, which studies have found to be among the more accurate for estimating BMR:'];
const kEq = ['Men: BMR = 10W + 6.25H - 5A + 5', 'Women: BMR = 10W + 6.25H - 5A - 161'];
const kP3 = ['where W is body weight in kilograms, H is height in centimeters and A is age in years. The BMR is then multiplied by one of these factors:'];
const kRows: readonly (readonly string[])[] = [
  ['Sedentary: little or no exercise', '1.2'],
  ['Light: exercise 1 to 3 times a week', '1.375'],
  ['Moderate: exercise 4 to 5 times a week', '1.55'],
  ['Active: daily exercise or intense exercise 3 to 4 times a week', '1.725'],
  ['Very active: intense exercise 6 to 7 times a week', '1.9'],
];
const kP4 = [
  j(
    'A pound of body fat stores roughly 3,500 calories, so eating about 500 calories a day less than you burn leads to a loss of',
    'around one pound a week. Larger deficits are not recommended without medical supervision, and daily intake should generally',
    'not fall below 1,200 calories for women or 1,500 calories for men.',
  ),
  j(
    'Calorie quality matters as well as quantity. Minimally processed foods such as vegetables, fruit, legumes and whole grains',
    'tend to be more filling per calorie than sugary drinks and highly processed snacks, which makes a deficit easier to keep.',
  ),
];
const kSide = ['BMI Calculator', 'Body Fat Calculator', 'BMR Calculator', 'Macro Calculator', 'Ideal Weight Calculator', 'Pace Calculator', 'TDEE Calculator'];
const kFoot = ['about us', 'sitemap', 'terms of use', 'privacy policy'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Calorie Calculator</title><meta name="description" content="Free calorie calculator to estimate
the number of calories needed each day to maintain, lose, or gain weight.">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/style.css">
<script src="/common.js" async></script><script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="headerout"><div id="header"><div id="logo"><a href="/"><img src="/img/calcharbor-logo.svg" width="208" height="22" alt="CalcHarbor"></a></div>
<div id="login"><a href="/my-account/sign-in.php">sign in</a></div></div></div>
<div id="clear"></div><div id="contentout"><div id="content"><div id="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">home</span></a></span> /
<span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/fitness-and-health-calculator.html" itemprop="item"><span
itemprop="name">fitness &amp; health</span></a></span> / <span>calorie calculator</span></div>
<h1>${kTitle}</h1>
<p>${kIntro}</p>
<div id="topmenu" class="topmenucenter"><ul><li id="menuon"><a href="#">US Units</a></li> <li><a href="#">Metric Units</a></li>
<li><a href="#">Other Units</a></li></ul></div>
<div class="panel2" style="padding:8px 5px;"><form name="calform" action="/calorie-calculator.html"><table class="panel" style="width:100%">
<tbody><tr><td>Age</td> <td><input type="text" name="cage" value="35" class="inhalf"> ages 15 - 80</td></tr>
<tr><td>Gender</td> <td><label class="cbcontainer"><input type="radio" name="csex" value="m" checked> male</label>
<label class="cbcontainer"><input type="radio" name="csex" value="f"> female</label></td></tr>
<tr><td>Height</td> <td><input type="text" name="cheightfeet" value="5"> feet <input type="text" name="cheightinch" value="10"> inches</td></tr>
<tr><td>Weight</td> <td><input type="text" name="cpound" value="165"> pounds</td></tr>
<tr><td>Activity</td> <td><select name="cactivity"><option value="1.2">Sedentary</option><option value="1.465" selected>Exercise 1-3 times/week</option>
</select></td></tr>
<tr><td colspan="2"><input type="submit" value="Calculate"> <input type="button" value="Clear"></td></tr></tbody></table></form></div>
<div id="resultbox" class="rightresult"><h2 class="h2result">Result</h2><p>The results show a number of daily calorie estimates.</p>
<table class="cinfoT"><tbody><tr><td>Maintain weight</td> <td>2,575 Calories/day</td></tr><tr><td>Mild weight loss (0.5 lb/week)</td>
<td>2,325 Calories/day</td></tr><tr><td>Weight loss (1 lb/week)</td> <td>2,075 Calories/day</td></tr></tbody></table></div>
<div class="adslot"><span class="adlabel">Advertisement</span><div id="div-gpt-ad-1"></div></div>
${ps(kP1)}
<h3>How BMR is estimated</h3>
${ps(kP2)}
<ul>${kEq.map((e) => `<li>${e}</li>`).join('\n')}</ul>
${ps(kP3)}
<table class="cinfoT"><tbody><tr><td class="cinfoHd">Activity level</td> <td class="cinfoHd">Factor</td></tr>
${kRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h3>Calories and weight loss</h3>
${ps(kP4)}
</div>
<div id="right"><div id="othercalc"><form name="calcSearchForm" autocomplete="off"><input type="text" name="calcSearchTerm" id="calcSearchTerm"
placeholder="Search"><span id="bluebtn">Search</span></form></div>
<div id="othercalc"><div id="octitle"><a href="/fitness-and-health-calculator.html">Fitness and Health Calculators</a></div>
<table id="occontent"><tbody><tr><td>${kSide.map((s) => `<a href="/${s.toLowerCase().replace(/ /g, '-')}.html">${s}</a>`).join('<br>')}</td></tr></tbody>
</table>
<div id="ocother"><a href="/financial-calculator.html">Financial</a> | <a href="/math-calculator.html">Math</a> |
<a href="/other-calculator.html">Other</a></div></div>
<div class="adslot"><span class="adlabel">Advertisement</span><div id="div-gpt-ad-2"></div></div></div></div>
<div id="clear"></div><div id="footer"><div id="footerin">
<div id="footernav">${kFoot.map((f) => `<a href="/${f.replace(/ /g, '-')}.html">${f}</a>`).join(' | ')}</div>
<p>© 2008 - 2026 <a href="/">calcharbor.example</a></p></div></div>
<div id="tt" class="cookie-notice">This site uses cookies for ads and analytics. <a href="#">OK</a></div></body></html>`;
const calc: TestPage = {
  name: 'heldout422-calculator-site-calorie-calculator',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['How BMR is estimated', 'Calories and weight loss'],
  body: [kIntro, ...texts(kP1), ...texts(kP2), ...kEq, ...texts(kP3), ...rowTexts(kRows), ...texts(kP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'sign in', 'home', 'fitness & health', 'calorie calculator', 'US Units', 'Metric Units', 'Other Units', 'Age', 'ages 15 - 80', 'Gender', 'male',
    'female', 'Height', 'feet', 'inches', 'Weight', 'pounds', 'Activity', 'Exercise 1-3 times/week', 'Result',
    'The results show a number of daily calorie estimates.', 'Maintain weight', '2,575 Calories/day', 'Mild weight loss (0.5 lb/week)', '2,325 Calories/day',
    'Weight loss (1 lb/week)', '2,075 Calories/day', 'Advertisement', 'Search', 'Fitness and Health Calculators', ...kSide, 'Financial', 'Math', 'Other',
    ...kFoot, '© 2008 - 2026', 'calcharbor.example', 'This site uses cookies for ads and analytics.',
  ],
};

export const HELDOUT422_F: readonly TestPage[] = [calc, nhs];
