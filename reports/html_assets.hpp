// Stylesheet and script of the HTML report, embedded as raw strings so the report is one
// self-contained file (no network, no external assets). Included only by reports/html.cpp.
#pragma once

namespace rc::html_assets {

inline constexpr const char* css = R"CSS(
:root{--ink:#1d2433;--muted:#5d6679;--line:#e3e7ee;--bg:#f4f6f9;--navy:#12325a;
--e:#c0271b;--e-bg:#fde5e2;--e-soft:#fff5f4;--w:#b25e09;--w-bg:#fff0c2;--w-soft:#fffaeb;
--i:#0b6aa2;--i-bg:#e0f0fb;--ok:#0a7a47;--ok-bg:#d7f5e3}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
a{color:#1f5fbf}
.top{background:var(--navy);color:#fff;padding:22px 0 26px}
.wrap{max-width:1120px;margin:0 auto;padding:0 28px}
.top h1{margin:0;font-size:22px;font-weight:650;letter-spacing:.1px}
.top .meta{margin:4px 0 18px;color:#c5d3e8;font-size:13.5px}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px}
.stat{background:#fff;color:var(--ink);border-radius:10px;padding:12px 16px;border-left:6px solid var(--line)}
.stat b{display:block;font-size:30px;line-height:1.1;font-weight:700;font-variant-numeric:tabular-nums}
.stat span{color:var(--muted);font-size:13.5px}
.stat.e{border-color:var(--e)}.stat.e b{color:var(--e)}
.stat.w{border-color:#f0a020}.stat.w b{color:var(--w)}
.stat.ok{border-color:#21a366}.stat.ok b{color:var(--ok)}
.stat.u b{color:var(--muted)}
.toolbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(16,24,40,.06)}
.toolbar .wrap{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;padding-top:9px;padding-bottom:9px;font-size:14px}
.toolbar label{display:inline-flex;gap:6px;align-items:center;cursor:pointer;white-space:nowrap}
.toolbar select{font:inherit;padding:3px 6px;border:1px solid #c9cfda;border-radius:6px;background:#fff;max-width:260px}
.toolbar .grp{display:inline-flex;gap:12px;align-items:center}
.toolbar .sep{width:1px;height:22px;background:var(--line)}
.tabs{display:inline-flex;border:1px solid #c9cfda;border-radius:8px;overflow:hidden}
.tabs button{font:inherit;border:0;background:#fff;padding:4px 12px;cursor:pointer;color:var(--ink)}
.tabs button[aria-pressed=true]{background:var(--navy);color:#fff}
.btn{font:inherit;border:1px solid #c9cfda;background:#fff;border-radius:8px;padding:4px 12px;cursor:pointer}
.count{color:var(--muted);margin-left:auto}
.toolbar .dot{width:10px;height:10px;border-radius:3px;display:inline-block}
.dot.e{background:var(--e)}.dot.w{background:#f0a020}.dot.i{background:var(--i)}.dot.ok{background:#21a366}
main{padding:22px 0 60px}
.index{background:#fff;border:1px solid var(--line);border-radius:12px;padding:14px 20px;margin-bottom:20px}
.index h2{font-size:15px;margin:0 0 8px}
.index ol{margin:0;padding-left:22px}
.index li{padding:2px 0}
.file{background:#fff;border:1px solid var(--line);border-radius:12px;margin-bottom:24px;overflow:hidden}
.file-h{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:baseline;padding:14px 22px;border-bottom:1px solid var(--line);background:#fbfcfd}
.file-h h2{margin:0;font-size:16.5px;word-break:break-all}
.pills{display:flex;gap:6px;flex-wrap:wrap}
.pill{font-size:12.5px;padding:1px 9px;border-radius:20px;background:#eef1f5;color:var(--muted);white-space:nowrap}
.pill.e{background:var(--e-bg);color:var(--e)}.pill.w{background:var(--w-bg);color:var(--w)}.pill.ok{background:var(--ok-bg);color:var(--ok)}
.file-error{margin:16px 22px;padding:12px 16px;border-radius:8px;background:var(--e-soft);color:var(--e);border:1px solid var(--e-bg)}
.clean{margin:16px 22px;color:var(--ok);font-weight:600}
.cards-wrap{padding:6px 22px 18px}
.cards-wrap h3,.doc-h{font-size:13px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);margin:14px 0 10px;font-weight:650}
.doc-h{margin:0;padding:14px 22px 4px}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:10px}
.card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;padding:10px 14px;background:#fff;break-inside:avoid}
.card.e{border-left-color:var(--e)}.card.w{border-left-color:#f0a020}.card.i{border-left-color:var(--i)}
.card-h{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font-size:13px;color:var(--muted)}
.badge{font-weight:700;font-size:12px;padding:1px 8px;border-radius:5px;text-transform:uppercase;letter-spacing:.3px}
.badge.e{background:var(--e-bg);color:var(--e)}.badge.w{background:var(--w-bg);color:var(--w)}.badge.i{background:var(--i-bg);color:var(--i)}
.rule{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;color:#344054;background:#f2f4f7;padding:1px 6px;border-radius:4px}
.card .loc{margin-left:auto;font-size:13px}
.msg{margin:6px 0 6px;font-size:15px;font-weight:600;color:var(--ink)}
.ex{margin:6px 0;padding:6px 10px;background:#f8f9fb;border-radius:6px;font-family:"Times New Roman","Noto Serif","Liberation Serif",Georgia,serif;font-size:15.5px;white-space:pre-wrap;overflow-wrap:anywhere;color:#344054}
.ex mark{background:none;color:inherit;font-weight:700;border-bottom:2px solid currentColor}
.card.e .ex mark{color:var(--e)}.card.w .ex mark{color:var(--w)}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:8px 0 2px;font-size:14px}
.card dt{color:var(--muted)}
.card dd{margin:0}
.arith{font:14px ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;background:#f2f4f7;padding:1px 6px;border-radius:4px;overflow-wrap:anywhere}
.sugg{font-weight:700;color:var(--ok)}
.card ul{margin:0;padding-left:18px}
.ruledoc{margin:6px 0 0;font-size:12.5px;color:var(--muted)}
.doc{padding:6px 0 18px;font-family:"Times New Roman","Noto Serif","Liberation Serif",Georgia,serif;font-size:17px;line-height:1.75}
.l{display:grid;grid-template-columns:4.2em 1fr;padding-right:24px;content-visibility:auto;contain-intrinsic-size:auto 1.75em}
.l:target{background:#eaf1fd}
.n{font:11.5px/2.6 ui-monospace,Menlo,Consolas,monospace;color:#a0a8b8;text-align:right;padding-right:14px;user-select:none;-webkit-user-select:none}
.t{white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.75em}
.hl{color:inherit;text-decoration:none;border-radius:3px;padding:1px 0;cursor:pointer;scroll-margin-top:80px}
.hl.e{background:var(--e-bg);border-bottom:2.5px solid var(--e)}
.hl.w{background:var(--w-bg);border-bottom:2.5px solid #f0a020}
.hl.i{background:var(--i-bg);border-bottom:2px dotted var(--i)}
.hl.off{background:none;border:0;cursor:text}
.hl.cur{outline:2px solid var(--navy);outline-offset:1px}
.hl:focus-visible{outline:2px solid var(--navy)}
body.show-ok .ok{background:var(--ok-bg);border-bottom:2px solid #21a366;border-radius:3px}
#panel{position:absolute;z-index:10;width:min(460px,94vw);background:#fff;border:1px solid #cfd5df;border-radius:12px;box-shadow:0 12px 32px rgba(16,24,40,.22);padding:10px 12px 12px}
#panel .ph{display:flex;justify-content:space-between;align-items:center;font-size:12.5px;color:var(--muted);margin-bottom:6px}
#panel .x{font:inherit;font-size:18px;line-height:1;border:0;background:none;cursor:pointer;color:var(--muted);padding:2px 6px}
#panel .cards{gap:8px}
.nojs{font-size:13px;color:var(--muted)}
body.js .nojs{display:none}
body:not(.js) .js-only{display:none}
body.js[data-view=doc] .cards-wrap{display:none}
body.js[data-view=list] .doc,body.js[data-view=list] .doc-h{display:none}
footer{color:var(--muted);font-size:12.5px;text-align:center;padding:0 0 30px}
@media (max-width:700px){.wrap{padding:0 14px}.l{grid-template-columns:2.8em 1fr;padding-right:10px}.doc{font-size:16px}}
@media print{
 body{background:#fff;font-size:11pt}
 .toolbar,#panel,.nojs{display:none!important}
 .top{background:#fff;color:#000;padding:0 0 10px;border-bottom:2px solid #000}
 .top .meta{color:#333}
 .stat{border:1px solid #999;border-left-width:6px}
 .file{border:0;border-radius:0;page-break-before:auto}
 body.js[data-view] .cards-wrap,body.js[data-view] .doc,body.js[data-view] .doc-h{display:block}
 .hl.off{background:none}
 .hl.e{border-bottom:2px solid #000;background:#f3d2cf}
 .hl.w{border-bottom:2px dashed #000;background:#f7e6b5}
 .l{break-inside:avoid}
 a{color:inherit;text-decoration:none}
}
)CSS";

inline constexpr const char* js = R"JS(
(function(){
'use strict';
var d=document,b=d.body;b.classList.add('js');b.setAttribute('data-view','doc');
var data=JSON.parse(d.getElementById('rc-data').textContent),ui=data.ui;
var cards=[].slice.call(d.querySelectorAll('main .card')),hls=[].slice.call(d.querySelectorAll('.hl'));
var byId={};cards.forEach(function(c){byId[c.getAttribute('data-id')]=c;});
var rank={error:3,warning:2,info:1},cls={error:'e',warning:'w',info:'i'};
var sevBoxes=[].slice.call(d.querySelectorAll('input[data-sev]')),ruleSel=d.getElementById('f-rule'),okBox=d.getElementById('f-ok');
var count=d.getElementById('count'),panel=d.getElementById('panel'),cur=null;
function shown(id){var c=byId[id];return c&&!c.hidden?c:null;}
function apply(){
 var sev={},n=0,rule=ruleSel?ruleSel.value:'';
 sevBoxes.forEach(function(x){sev[x.getAttribute('data-sev')]=x.checked;});
 cards.forEach(function(c){var v=!!sev[c.getAttribute('data-sev')]&&(rule===''||c.getAttribute('data-rule')===rule);c.hidden=!v;if(v)n++;});
 hls.forEach(function(h){var best=0,k='off';h.getAttribute('data-f').split(' ').forEach(function(id){var c=shown(id);if(c){var r=rank[c.getAttribute('data-sev')];if(r>best){best=r;k=cls[c.getAttribute('data-sev')];}}});
  h.className='hl '+k+(h===cur?' cur':'');h.tabIndex=best?0:-1;});
 b.classList.toggle('show-ok',!!(okBox&&okBox.checked));
 if(count)count.textContent=ui.showing.replace('{n}',n).replace('{m}',cards.length);
 close();
}
function close(){panel.hidden=true;if(cur){cur.classList.remove('cur');cur=null;}}
function open(h,quiet){
 var ids=h.getAttribute('data-f').split(' ').filter(shown);if(!ids.length)return;
 ids.sort(function(a,c){return rank[byId[c].getAttribute('data-sev')]-rank[byId[a].getAttribute('data-sev')];});
 close();cur=h;h.classList.add('cur');
 panel.textContent='';
 var head=d.createElement('div');head.className='ph';
 var t=d.createElement('span');t.textContent=ids.length>1?ui.several.replace('{n}',ids.length):ui.one;
 var x=d.createElement('button');x.className='x';x.type='button';x.textContent='\u00d7';x.title=ui.close;x.setAttribute('aria-label',ui.close);x.onclick=close;
 head.appendChild(t);head.appendChild(x);panel.appendChild(head);
 var ol=d.createElement('ol');ol.className='cards';
 ids.forEach(function(id){var c=byId[id].cloneNode(true);c.removeAttribute('id');c.hidden=false;ol.appendChild(c);});
 panel.appendChild(ol);panel.hidden=false;
 var r=h.getBoundingClientRect(),w=panel.offsetWidth,sx=window.pageXOffset,sy=window.pageYOffset;
 var left=Math.max(8,Math.min(r.left+sx,sx+d.documentElement.clientWidth-w-8));
 var ph=panel.offsetHeight,docH=d.documentElement.scrollHeight,top=r.bottom+sy+8;
 if(top+ph>docH&&r.top+sy-ph-8>0)top=r.top+sy-ph-8;
 panel.style.left=left+'px';panel.style.top=top+'px';
 if(!quiet)x.focus({preventScroll:true});
}
d.addEventListener('click',function(e){
 var h=e.target.closest&&e.target.closest('.hl');
 if(h&&!panel.contains(h)){if(h.classList.contains('off'))return;e.preventDefault();if(h===cur)close();else open(h);return;}
 var a=e.target.closest&&e.target.closest('a[href^="#h"],a[href^="#L"]');
 if(a){setView('doc');if(!panel.contains(a))close();return;}
 if(!panel.hidden&&!panel.contains(e.target))close();
});
d.addEventListener('keydown',function(e){if(e.key==='Escape')close();});
function setView(v){b.setAttribute('data-view',v);[].forEach.call(d.querySelectorAll('.tabs button'),function(x){x.setAttribute('aria-pressed',x.getAttribute('data-view')===v?'true':'false');});}
[].forEach.call(d.querySelectorAll('.tabs button'),function(x){x.addEventListener('click',function(){setView(x.getAttribute('data-view'));close();});});
sevBoxes.forEach(function(x){x.addEventListener('change',apply);});
if(ruleSel)ruleSel.addEventListener('change',apply);
if(okBox)okBox.addEventListener('change',apply);
var pb=d.getElementById('print');if(pb)pb.addEventListener('click',function(){window.print();});
setView('doc');apply();
if(location.hash==='#list')setView('list');
var m=/^#h(\d+-\d+)$/.exec(location.hash);
if(m){var h0=hls.filter(function(h){return (' '+h.getAttribute('data-f')+' ').indexOf(' '+m[1]+' ')>=0;})[0];if(h0){var r0=h0.getBoundingClientRect();if(r0.top<0||r0.bottom>window.innerHeight-200)h0.scrollIntoView({block:'center'});open(h0,true);}}
})();
)JS";

}  // namespace rc::html_assets
