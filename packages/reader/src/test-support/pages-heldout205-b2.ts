import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 205, file b2: one node of a LaTeX2HTML (2024) conversion of a numerical linear algebra course's lecture
 * notes (the navigation panel with its icon links and "Next:", "Up:", "Previous:" and "Contents" above and below the text,
 * the "Subsections" child-links list, section numbers inside the headings, inline math as images with alt text, numbered
 * display equations in tables, a theorem block, a footnote marker and the closing <address>).
 */
const title = '2 Linear least squares';
const h = ['2.1 The normal equations', '2.2 QR factorisation', '2.3 Which method to use'];
const M = (alt: string, w: string): string =>
  `<span class="MATH"><img style="height: 2.09ex; vertical-align: -0.56ex; " src="img${w}.svg" alt="${alt}"></span>`;
const p1 = [
  `In Chapter 1 we solved square systems ${M('$Ax=b$', '4')} with a unique solution. Most systems that come from data are not ` +
    `square: we have ${M('$m$', '5')} observations and ${M('$n$', '6')} unknowns with ${M('$m&gt;n$', '7')}, and no vector ` +
    'satisfies every equation exactly. The least squares problem asks instead for the vector that makes the residual as small ' +
    'as possible in the Euclidean norm.',
  'This chapter gives two ways of computing that vector and explains why the one you meet first is usually the one you should ' +
    'not use. The material is covered in Lectures 5 to 7.',
];
const p2 = [
  'Setting the gradient of the squared residual to zero gives the normal equations',
  'The matrix on the left is square, symmetric and, when <i>A</i> has full column rank, positive definite. So it can be ' +
    'factorised with the Cholesky method from Section 1.4 at a cost of about ' +
    `${M('$mn^2 + n^3/3$', '9')} operations, which is cheap when ${M('$m$', '5')} is much larger than ${M('$n$', '6')}.`,
  '<b>Theorem 2.1</b> &nbsp; <i>If A has full column rank, the normal equations have a unique solution, and it is the unique ' +
    'minimiser of the residual norm.</i>',
  'The proof is Exercise 2.3. The difficulty with the normal equations is not existence but accuracy. Forming the product ' +
    'squares the condition number of the problem. A problem with condition number around a million, which is unremarkable for ' +
    'polynomial fitting, becomes one with condition number around a trillion, and in double precision that leaves only three or ' +
    'four correct digits.<a id="tex2html7" href="footnode.html#foot412"><sup><span class="arabic">1</span></sup></a>',
];
const p3 = [
  'The better approach works with <i>A</i> directly. Write <i>A</i> = <i>QR</i>, where <i>Q</i> has orthonormal columns and ' +
    '<i>R</i> is upper triangular. Because multiplying by an orthogonal matrix does not change the Euclidean norm, the problem ' +
    'reduces to the triangular system',
  'which is solved by back substitution. The condition number of <i>R</i> equals that of <i>A</i>, so nothing is squared and ' +
    'nothing is lost beyond what the problem itself forces.',
  'In practice <i>Q</i> is never formed. Householder reflections are applied to the columns of <i>A</i> one at a time and to ' +
    'the right-hand side at the same time, as in Algorithm 2.2. The cost is about twice that of the normal equations when the ' +
    'matrix is tall and thin.',
];
const p4 = [
  'For the problems in this course, use QR. The normal equations are acceptable when the columns of <i>A</i> are close to ' +
    'orthogonal, for example after centring and scaling the data, and when speed matters more than the last few digits. If ' +
    '<i>A</i> is rank deficient or nearly so, neither method is reliable and you need the singular value decomposition of ' +
    'Chapter 4.',
  'Problem Sheet 2 asks you to fit a degree-twelve polynomial both ways and compare the residuals with the true error. Do it ' +
    'before the Week 4 lecture, when we will look at the class results together.',
];
const eq = (alt: string, img: string, n: string): string => `<div class="displaymath"><a id="eq:${n}"></a>
<!-- MATH
 ${alt}
 -->
<table class="equation" ><tr><td  style="text-align:center;"><span class="MATH"><img style="height: 3.02ex; vertical-align: -0.70ex; "
src="img${img}.svg" alt="\\begin{displaymath}${alt}\\end{displaymath}"></span></td>
<td  class="eqno" style="width:10px; text-align:right;">
(<span class="arabic">2</span>.<span class="arabic">${n}</span>)</td></tr>
</table></div>`;
const navText = ['Next:', '3 Eigenvalue problems', 'Up:', 'MA3402 Numerical Linear Algebra', 'Previous:', '1 Floating point and conditioning', 'Contents'];
const panel = (k: number): string => `<div class="navigation"><!--Navigation Panel-->
<a id="tex2html${k}" href="node4.html"><img width="37" height="24" alt="next" src="next.png"></a>
<a id="tex2html${k + 1}" href="notes.html"><img width="26" height="24" alt="up" src="up.png"></a>
<a id="tex2html${k + 2}" href="node2.html"><img width="63" height="24" alt="previous" src="prev.png"></a>
<a id="tex2html${k + 3}" href="node1.html"><img width="65" height="24" alt="contents" src="contents.png"></a>
<br>
<b> ${navText[0]}</b> <a id="tex2html${k + 4}" href="node4.html">${navText[1]}</a>
<b> ${navText[2]}</b> <a id="tex2html${k + 5}" href="notes.html">${navText[3]}</a>
<b> ${navText[4]}</b> <a id="tex2html${k + 6}" href="node2.html">${navText[5]}</a>
 &nbsp; <b>  <a id="tex2html${k + 7}" href="node1.html">${navText[6]}</a></b>
<br>
<br></div>
<!--End of Navigation Panel-->`;
const P = (a: readonly string[]): string => a.map((t) => `<p>\n${t}\n</p>`).join('\n\n');
const H = (lvl: number, id: string, t: string): string => `<h${lvl}><a id="SECTION000${id}">\n${t}</a>\n</h${lvl}>`;
const html = `<!DOCTYPE html>

<!--Converted with LaTeX2HTML 2024 (Released January 1, 2024) -->
<html lang="en">
<head>
<title>2 Linear least squares</title>
<meta name="description" content="2 Linear least squares">
<meta name="keywords" content="notes">
<meta name="resource-type" content="document">
<meta name="distribution" content="global">

<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="LaTeX2HTML v2024">

<link rel="STYLESHEET" href="notes.css">

<link rel="next" href="node4.html">
<link rel="previous" href="node2.html">
<link rel="next" href="node4.html">
</head>

<body >
${panel(40)}
<!--Table of Child-Links-->
<a id="CHILD_LINKS"><strong>Subsections</strong></a>

<ul class="ChildLinks">
<li><a id="tex2html48" href="node3.html#SECTION00031000000000000000">${h[0]}</a>
<li><a id="tex2html49" href="node3.html#SECTION00032000000000000000">${h[1]}</a>
<li><a id="tex2html50" href="node3.html#SECTION00033000000000000000">${h[2]}</a>
</ul>
<!--End of Table of Child-Links-->
<hr>

${H(1, '30000000000000000', title)}

${P(p1)}

<p>

${H(2, '31000000000000000', h[0] ?? '')}

${P(p2.slice(0, 1))}
${eq('A^{T}\\!A\\,x = A^{T} b', '10', '1')}
${P(p2.slice(1, 2))}
<div class="theorem"><a id="thm:normal"></a>
${P(p2.slice(2, 3))}
</div>
${P(p2.slice(3))}

<p>

${H(2, '32000000000000000', h[1] ?? '')}

${P(p3.slice(0, 1))}
${eq('R\\,x = Q^{T} b', '14', '2')}
${P(p3.slice(1))}

<p>

${H(2, '33000000000000000', h[2] ?? '')}

${P(p4)}

<p>
<br><hr>
${panel(56)}
<address>
Ruth Adebayo-Lind
2025-02-03
</address>
</body>
</html>`;
export const latexNotes: TestPage = {
  html,
  name: 'heldout205-latex2html-lecture-notes-docs',
  kind: 'docs',
  // the chapter number is part of the title and the section numbers part of the headings (inside the h1/h2); inline math
  // images leave no text (their alt texts are in neither list), equation numbers are in neither list; the theorem is body;
  // the "Subsections" list repeats the headings and is left out, its label is furniture; the <address> name and date are
  // bylines
  title,
  headings: [...h],
  body: [...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4)],
  bylines: ['Ruth Adebayo-Lind', '2025-02-03'],
  furniture: [...navText, 'Subsections'],
};
