/**
 * The portal's own styles. System fonts only (no web fonts to download), sizes in rem so the
 * larger-text option (`html.gk-large`) scales everything, colours with at least 4.5:1 contrast
 * (body #1b1b1b, links #0a4a8f, errors #a4251c on white; white on the header's #0c3b6b), a focus
 * ring on every control, one column on phones.
 */
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
search{display:block}
html{font-size:100%;-webkit-text-size-adjust:100%}
html.gk-large{font-size:125%}
body{margin:0;color:#1b1b1b;background:#f4f6f9;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;font-size:1rem;line-height:1.7}
a{color:#0a4a8f;text-underline-offset:.15em}
a:hover{color:#06305e}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-4rem;padding:.5rem 1rem;background:#fff;color:#0a4a8f;z-index:9}
.skip:focus{top:.5rem}
.top{background:#0c3b6b;color:#fff}
.top a{color:#fff}
.top :focus-visible{outline-color:#fff}
.top-in,.crumbs,main,.foot-in{max-width:62rem;margin:0 auto;padding:0 1rem}
.top-in{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{font-size:1.25rem;font-weight:700;text-decoration:none}
.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0;list-style:none}
.crumbs{padding-top:.75rem;font-size:.9375rem}
.crumbs ol{display:flex;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.crumbs li+li::before{content:"›";padding:0 .5rem;color:#4d4d4d}
main{padding-top:1rem;padding-bottom:2.5rem}
h1{font-size:1.75rem;line-height:1.35;margin:.5rem 0 1rem}
h2{font-size:1.375rem;line-height:1.4;margin:2rem 0 .75rem}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
p,ul,ol,dl{margin:0 0 .75rem}
.flush{margin-top:0}
.tight{margin:0}
.mt{margin-top:.5rem}
.box{background:#fff;border:1px solid #c9d1db;border-radius:6px;padding:1rem 1.25rem;margin:0 0 1.25rem}
.lead{font-size:1.125rem}
.muted{color:#4d4d4d}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem;margin:0 0 1.25rem;padding:0;list-style:none}
.cards>li{background:#fff;border:1px solid #c9d1db;border-radius:6px;padding:1rem}
.tree h3{margin-top:0}
.tree h4{margin:.75rem 0 .25rem}
.tree ul{margin:.25rem 0 .5rem;padding-left:1.25rem;columns:15rem}
.tree>li{margin-bottom:.75rem}
.tree li{margin:.2rem 0}
table.data{width:100%;border-collapse:collapse;background:#fff;margin:0 0 1rem}
.data th,.data td{border:1px solid #b8c2cf;padding:.4rem .6rem;text-align:left;vertical-align:top}
.data thead th{background:#e8edf3}
.data tbody th{font-weight:400}
ol.box,ul.box{padding-left:2.5rem}
.guide-toc{columns:12rem;margin:0;padding:0;list-style:none}
.scroll{overflow-x:auto}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
.btn{display:inline-block;min-height:2.75rem;padding:.5rem 1.25rem;border:2px solid #0c3b6b;border-radius:6px;background:#0c3b6b;color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.btn:hover{background:#06305e;color:#fff}
.btn.alt{background:#fff;color:#0c3b6b}
.btn:focus-visible{outline-offset:3px}
.link-btn{border:0;background:none;padding:0;color:#0a4a8f;font:inherit;text-decoration:underline;cursor:pointer}
form .field{margin:0 0 1.25rem}
label,legend{display:block;font-weight:700;margin-bottom:.25rem}
fieldset{border:1px solid #c9d1db;border-radius:6px;margin:0 0 1.25rem;padding:.75rem 1rem 0;background:#fff}
legend{padding:0 .25rem;font-size:1.0625rem}
.hint{display:block;color:#4d4d4d;font-size:.9375rem;margin-bottom:.35rem}
.req{color:#a4251c}
input[type=text],input[type=email],input[type=tel],input[type=search],select,textarea{display:block;width:100%;max-width:36rem;min-height:2.75rem;padding:.45rem .6rem;border:2px solid #5a6676;border-radius:4px;background:#fff;color:inherit;font:inherit}
textarea{min-height:8rem;max-width:48rem}
input.short{max-width:16rem}
input[type=file]{font:inherit;max-width:100%}
.choices{margin:0;padding:0;list-style:none}
.choices li{display:flex;align-items:flex-start;gap:.5rem;margin:0 0 .4rem}
.choices input{width:1.25rem;height:1.25rem;margin-top:.3rem;flex:none}
.choices label{font-weight:400;margin:0}
.err-msg{display:block;color:#a4251c;font-weight:700;margin-bottom:.35rem}
.has-err input,.has-err select,.has-err textarea{border-color:#a4251c}
.has-err{border-left:4px solid #a4251c;padding-left:.75rem}
.summary{border:3px solid #a4251c;background:#fff;border-radius:6px;padding:1rem 1.25rem;margin:0 0 1.5rem}
.summary h2{margin-top:0;color:#a4251c;font-size:1.25rem}
.summary a{color:#a4251c;font-weight:700}
.notice{border-left:6px solid #0c3b6b;background:#fff;padding:.75rem 1rem;margin:0 0 1.25rem}
.notice.warn{border-color:#a35200}
.notice.ok{border-color:#1e6b34}
.code{font-family:"SFMono-Regular",Consolas,"Liberation Mono",monospace;font-size:1.75rem;font-weight:700;letter-spacing:.08em;word-break:break-all}
.receipt dl.facts dd{font-size:1.125rem}
.timeline{list-style:none;margin:0 0 1rem;padding:0;border-left:3px solid #8fa3ba}
.timeline li{position:relative;padding:0 0 .75rem 1.25rem}
.timeline li::before{content:"";position:absolute;left:-.5rem;top:.55rem;width:.8rem;height:.8rem;border-radius:50%;background:#0c3b6b}
.timeline time{font-weight:700;margin-right:.5rem}
.tag{display:inline-block;padding:0 .4rem;border:1px solid #a35200;border-radius:4px;color:#7a3d00;font-size:.875rem;font-weight:700;margin-left:.35rem}
.inline-form{display:inline}
.letter{margin:0 0 1rem;border:1px solid #c9d1db;border-radius:6px;background:#fff}
.letter>summary{padding:.6rem 1rem;background:#e8edf3;font-weight:700;cursor:pointer}
.letter .gk-letter{padding:1.5rem 1.5rem 1rem}
.letter .gk-letter h3{margin:0 0 .5em;font-family:var(--gk-title-font);font-size:1.6rem;font-weight:normal;line-height:1.5;text-align:center}
.letter-file{margin:0;padding:.6rem 1rem 1rem}
.foot{border-top:1px solid #c9d1db;background:#fff;font-size:.9375rem}
.foot-in{padding-top:1rem;padding-bottom:1.5rem}
@media (max-width:40rem){
h1{font-size:1.5rem}
dl.facts{grid-template-columns:1fr}
dl.facts dd{margin-bottom:.5rem}
.btn{width:100%;text-align:center}
}
@media print{
body{background:#fff}
.top,.crumbs,.foot,.no-print,form{display:none!important}
main{max-width:none;padding:0}
.box,.notice{border:1px solid #000}
a{color:#000;text-decoration:none}
}
`;
