<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="242"/>
        <source>This aid is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="245"/>
        <source>This aid is past its review date ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="248"/>
        <source>It has not yet been clinically approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="252"/>
        <source>About this aid&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="256"/>
        <source>About this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="265"/>
        <source>Together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="267"/>
        <source>Preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="72"/>
        <source>⚠ {name}: cannot be used. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="81"/>
        <source>version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="82"/>
        <source>next review {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollateWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="682"/>
        <source>{name} – Collate patient reviews – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="727"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="738"/>
        <source>Summary of the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="743"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1057"/>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="744"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1690"/>
        <source>Save the authors&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="746"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1060"/>
        <source>Save &apos;You said, &amp;we did&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="747"/>
        <source>Save the &apos;You said, we did&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="764"/>
        <source>Problems with the review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="766"/>
        <source>Files that were not collated and why, and notes on the ones that were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="782"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1095"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1098"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1101"/>
        <source>Reading the reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="788"/>
        <source>Collated reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="809"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="816"/>
        <source>Sec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="821"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="823"/>
        <source>The aid&apos;s sections in reading order, with how many comments and ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="848"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="857"/>
        <source>What changed since it was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="861"/>
        <source>Ratin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="865"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="867"/>
        <source>How many reviewers gave each rating, for each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="891"/>
        <source>About the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="899"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1431"/>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="916"/>
        <source>Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="922"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="925"/>
        <source>Every comment on the section: who made it, the passage quoted, the comment, notes, the decision and the reply. Select one to respond to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="959"/>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="964"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="967"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="969"/>
        <source>Why: needed when the comment is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="972"/>
        <source>Reply to the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="974"/>
        <source>Shown to the panel in &apos;You said, we did&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="980"/>
        <source>Needed when declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="981"/>
        <source>What you tell the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="982"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="984"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="986"/>
        <source>Rep&amp;ly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1006"/>
        <source>Response not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1041"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1063"/>
        <source>&amp;Add review files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1064"/>
        <source>Add a &amp;folder of reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1065"/>
        <source>&amp;Collate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1069"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1136"/>
        <source>Collated {reviews}; {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1137"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1243"/>
        <source>1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1137"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1243"/>
        <source>{n} reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1139"/>
        <source>1 file skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1139"/>
        <source>{n} files skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1160"/>
        <source>{name} cannot be collated: the aid has errors. Fix them (File › Preview a file… in the main window shows them as you edit), then choose Collate again (F5).

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1166"/>
        <source>{name} cannot be read: {reason}. Check that the file is there and that you can open it, then choose Collate again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1170"/>
        <source>Could not collate the reviews of {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1179"/>
        <source>Could not collate the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1189"/>
        <source>Not collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1189"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1190"/>
        <source>{verb}: {name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1198"/>
        <source>Responses: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1209"/>
        <source>1 file could not be collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1210"/>
        <source>{n} files could not be collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1214"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1214"/>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1216"/>
        <source>&amp;Problems and notes: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1244"/>
        <source>{title}, version {version}: {reviews} collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1249"/>
        <source>; {comments}, {decided} with a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1250"/>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1250"/>
        <source>{n} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1254"/>
        <source>No review could be collated: see the problems below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1279"/>
        <source>Co&amp;mments on {title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1305"/>
        <source>Nobody rated this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1309"/>
        <source>1 reviewer rated an earlier text of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1310"/>
        <source>{n} reviewers rated an earlier text of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1360"/>
        <source>New since version {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1369"/>
        <source>No longer in the aid: it was in version {v}. Comments on it may have been addressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1380"/>
        <source>Changed since version {v}: comments made on that version are marked “possibly addressed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1391"/>
        <source>Taken out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1394"/>
        <source>Added: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1408"/>
        <source>Before: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1411"/>
        <source>Now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1417"/>
        <source>…and {n} more changed lines (the report shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1435"/>
        <source>Reading ease {ease:.0f} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1439"/>
        <source>grade {grade:.1f}, reading age about {age:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1443"/>
        <source>(above the target of grade {target:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1452"/>
        <source>1 sentence over {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1453"/>
        <source>{n} sentences over {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1448"/>
        <source>Not graded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1459"/>
        <source>words not in the glossary: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1461"/>
        <source>no words missing from the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1545"/>
        <source>Your response (select a comment first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1555"/>
        <source>Your response to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1558"/>
        <source>Your decision on the comment by {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1593"/>
        <source>Choose a decision (accepted, declined or to discuss) to save the reason and reply. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1605"/>
        <source>A declined comment needs a reason: write why under Reason. Not saved until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1621"/>
        <source>Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1651"/>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1675"/>
        <source>Responses saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1661"/>
        <source>Could not save the responses to {name}: {reason}. Your decisions are kept in this window; check that you can write to {folder}, then make a change to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1688"/>
        <source>Save &apos;You said, we did&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1693"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1694"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1695"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1714"/>
        <source>&apos;You said, we did&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1714"/>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1715"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1721"/>
        <source>{kind} is saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1729"/>
        <source>Save it again with a name ending in .html, .md or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1732"/>
        <source>Save it as .html instead, and print that to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1733"/>
        <source>PDF is not available ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1736"/>
        <source>Choose another folder or name, or check that you can write to {folder} and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1740"/>
        <source>Could not save {name}: {reason}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1755"/>
        <source>Collate patient reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1769"/>
        <source>Add review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1771"/>
        <source>Review files (*.review.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window.py" line="1777"/>
        <source>Add a folder of review files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="388"/>
        <source>On “{quote}”:
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="393"/>
        <source>Comment {n} of {total}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="397"/>
        <source>Quoting: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="330"/>
        <source>Compare your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="336"/>
        <source>This aid has no comparison table. The options are described one by one in &apos;Your options&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="343"/>
        <source>Choose which options to show side by side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="350"/>
        <source>Show {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="355"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="370"/>
        <source>Option grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="90"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="92"/>
        <source>Choose a step and press Enter to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="106"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="107"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="108"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="109"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="119"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="121"/>
        <source>Back to the library (your answers are saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="184"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="719"/>
        <source>Decision and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="720"/>
        <source>What have you decided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="724"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="725"/>
        <source>I&apos;d like more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="735"/>
        <source>Who else would you like to involve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="736"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="737"/>
        <source>&lt;h2&gt;Questions to ask&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="746"/>
        <source>Questions to ask: press Space to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="753"/>
        <source>Type a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="754"/>
        <source>A question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="755"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="756"/>
        <source>Add my question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="764"/>
        <location filename="../../sdm_aid/ui/steps.py" line="766"/>
        <source>Clinician&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="781"/>
        <source>Your view of this conversation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="786"/>
        <source>Your answers help the service improve: they are kept in this session file and, without your name, in the service&apos;s audit, but not in the clinician&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="796"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="949"/>
        <source>Your own questions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="154"/>
        <source>Export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="213"/>
        <source>Saving the summary as {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="232"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="234"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="236"/>
        <source>Patient copy (to take home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="237"/>
        <source>Record copy (for the health record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="238"/>
        <source>Which copy to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="240"/>
        <source>&amp;Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="265"/>
        <source>Printing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="277"/>
        <source>Record copy on the clipboard: paste it into the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="299"/>
        <source>PDF – patient copy (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="300"/>
        <source>PDF – record copy (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="301"/>
        <source>Web page – patient copy (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="302"/>
        <source>Web page – record copy (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="303"/>
        <source>Record copy as text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="304"/>
        <source>Record copy as Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="305"/>
        <source>JSON: summary and session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="306"/>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="325"/>
        <source>Summary saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="332"/>
        <source>Could not save the summary as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="334"/>
        <source>Could not save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="343"/>
        <source>There is already a file called “{name}” in {folder}, so the summary was not saved and that file was left as it was. Choose Export summary… again and give another name, or confirm there that you want to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="349"/>
        <source>SDM Aid may not write “{name}” in {folder}. Choose Export summary… again and save it in another folder, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="354"/>
        <source>The summary could not be made as “{name}”: {error}. Choose Export summary… again and pick another file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="359"/>
        <source>The summary could not be saved as {path}: {error}. Check that the folder is still there and the disk is not full, then choose Export summary… again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="363"/>
        <source>Something went wrong while saving the summary as {path}: {error}. Try again; if it happens again, use Copy for health record or Print summary… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="368"/>
        <source>The summary has gone to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="373"/>
        <source>The summary could not be printed: {error}. Check that the printer is on and connected, then choose Print summary… again, or save it as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="376"/>
        <location filename="../../sdm_aid/ui/export_actions.py" line="377"/>
        <source>Could not print the summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="161"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="162"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="162"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="167"/>
        <source>line&#xa0;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="167"/>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="175"/>
        <source>[allowed: {reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="187"/>
        <source>{severity}, {rule}, {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="152"/>
        <source>&lt;h1&gt;Decision aids&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="155"/>
        <source>Choose the decision you are facing. Each aid shows the options, what could happen, and asks what matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="161"/>
        <source>Search by condition, title or word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="162"/>
        <source>Search decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="169"/>
        <source>Decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="170"/>
        <source>Press Enter to open the selected aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="174"/>
        <source>&amp;Open this aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="175"/>
        <source>Open the selected decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="176"/>
        <source>&amp;Review this aid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="178"/>
        <source>Review the selected aid for the authors (patient panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="180"/>
        <source>Open &amp;folder of aids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="181"/>
        <source>Add a folder of decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="188"/>
        <source>Unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="189"/>
        <source>Press Enter to carry on where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="191"/>
        <source>&amp;Carry on with this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="192"/>
        <source>Resume the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="193"/>
        <source>&lt;h2&gt;Unfinished sessions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="227"/>
        <source>{n} decision aid(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="229"/>
        <source>{n} file(s) could not be used: see the list for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="257"/>
        <source>{name} cannot be used:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="44"/>
        <source>SDM Aid: shared decision making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="75"/>
        <location filename="../../sdm_aid/ui/main_window.py" line="294"/>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="151"/>
        <source>&amp;Open session file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="153"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="154"/>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="155"/>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="157"/>
        <source>&amp;Export summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="159"/>
        <source>Open &amp;folder of aids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="160"/>
        <source>Pre&amp;view a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="161"/>
        <source>&amp;Review this aid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="166"/>
        <source>&amp;Collate patient reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="168"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="186"/>
        <source>&amp;Copy for health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="189"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="191"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="194"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="197"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="200"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="203"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="253"/>
        <source>Text size {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="295"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="303"/>
        <source>Choose a folder of decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="321"/>
        <source>Preview a decision-aid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="323"/>
        <source>Decision aids (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="357"/>
        <source>This aid cannot be reviewed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="401"/>
        <source>This aid cannot be used:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="419"/>
        <source>Open a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="421"/>
        <location filename="../../sdm_aid/ui/main_window.py" line="541"/>
        <source>SDM Aid sessions (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="441"/>
        <source>This session uses the aid “{id}”, which is not in your library. Add the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="452"/>
        <source>The aid for this session cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="457"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="460"/>
        <location filename="../../sdm_aid/ui/main_window.py" line="468"/>
        <source>This aid has been updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="462"/>
        <source>The session was made with version {old}; this is version {new}. Parts that changed: {names}. Please look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="525"/>
        <source>{title} – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="530"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="539"/>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="555"/>
        <source>Could not save {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="558"/>
        <source>Saved as {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="572"/>
        <source>SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="581"/>
        <source>Could not save: {m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="279"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="111"/>
        <source>A possible benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="111"/>
        <source>A possible harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="176"/>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="180"/>
        <source>Study: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="183"/>
        <source>People studied: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="185"/>
        <source>Time: {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="222"/>
        <source>Comparison group: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="226"/>
        <source>With {c}: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="234"/>
        <source>Too rare to show as a picture: numbers are out of {n} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="243"/>
        <source>A picture of {n} people does not fit at this text size: the figure is in words below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="250"/>
        <source>A close-up of {b} of the {n} people, drawn large: every one it happens to is in it, coloured. The other {rest} people are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesStep</name>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="33"/>
        <source>What could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="43"/>
        <source>This aid gives no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="58"/>
        <source>Outcomes: choose one to see its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="62"/>
        <source>a possible benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="62"/>
        <source>a possible harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="66"/>
        <source>{label}, {kind}, {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="75"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="77"/>
        <source>Numbers out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcomes_step.py" line="76"/>
        <source>Show numbers out of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="454"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="458"/>
        <source>Move each slider: 0 means it doesn&apos;t matter to you, 10 means it matters a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="475"/>
        <source>0 doesn&apos;t matter, 10 matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="492"/>
        <source>Anything else that matters to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="494"/>
        <source>Anything else that matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="502"/>
        <source>Which options fit what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="542"/>
        <source>When you mark things as mattering a lot ({n} or more), this shows which options fit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="484"/>
        <source>0: doesn&apos;t matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="484"/>
        <source>10: matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="520"/>
        <source>&lt;b&gt;Your answer: {n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="522"/>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="549"/>
        <source>&lt;b&gt;How the options fit what you marked as mattering a lot&lt;/b&gt; (this is not a recommendation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="558"/>
        <source>fits {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="560"/>
        <source>fits none of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="306"/>
        <location filename="../../sdm_aid/ui/preview_window.py" line="675"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="310"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="321"/>
        <source>Preview warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="336"/>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="355"/>
        <location filename="../../sdm_aid/ui/preview_window.py" line="357"/>
        <location filename="../../sdm_aid/ui/preview_window.py" line="374"/>
        <location filename="../../sdm_aid/ui/preview_window.py" line="704"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="368"/>
        <source>Summary of the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="377"/>
        <source>What the validator found: severity, rule, line and message, errors first. Press Enter or double-click to copy the file and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="433"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="434"/>
        <source>&amp;Reload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="439"/>
        <source>&amp;Copy the finding&apos;s file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="444"/>
        <source>&amp;Close preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="450"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="452"/>
        <source>&amp;Findings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="454"/>
        <source>&amp;Go to the findings and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="542"/>
        <source>{name} has errors, so it cannot be shown yet. The findings panel says what to fix; the preview appears as soon as you save a version that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="564"/>
        <source>Could not check the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="645"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="645"/>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="646"/>
        <source>, 1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="648"/>
        <source>, {n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="651"/>
        <source>, {n} allowed by the folder&apos;s allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="660"/>
        <source>{time}: {name} is missing; waiting for it to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="665"/>
        <source>{name} is not there any more (deleted or renamed). Showing the last version; the preview carries on when the file comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="670"/>
        <source>{name} is not there any more (deleted or renamed). The preview carries on when the file comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="677"/>
        <source>Updated {time} — {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="682"/>
        <source>The file has errors; showing the last version that worked ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="686"/>
        <source>The file has errors; showing the last version that worked. The findings panel ({key}) says what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="690"/>
        <source>The file has errors; nothing to show yet ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="699"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="704"/>
        <source>Findings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="710"/>
        <source>{name} (missing) – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="712"/>
        <source>{name} (has errors) – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="714"/>
        <source>{name} – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window.py" line="726"/>
        <source>Copied {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="40"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="41"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="42"/>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="43"/>
        <source>Not yet clinically approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1034"/>
        <source>About this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1035"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1036"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1037"/>
        <source>What could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1038"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1039"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1040"/>
        <source>How sure do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1041"/>
        <source>Decision and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="1042"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="570"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="573"/>
        <source>This aid has no questions to check understanding. You can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="611"/>
        <source>That&apos;s right. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="615"/>
        <source>Not quite — this is easy to mix up. The answer is “{a}”. {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="449"/>
        <source>Review: {title} – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="562"/>
        <source>Carrying on with your review from {when} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="568"/>
        <source>Your reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="597"/>
        <source>This aid has changed since your review of {when} (UTC), although its version is the same. Sections that changed: {sections}. A new review has been started; the earlier one is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="619"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="621"/>
        <source>Move with the arrow keys: each section is shown beside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="633"/>
        <source>The section as a patient sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="656"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="657"/>
        <source>&lt; &amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="658"/>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="659"/>
        <source>&amp;Next section &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="660"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="680"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="683"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="689"/>
        <source>Your review of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="697"/>
        <source>1 means not at all, 5 means very. Choose Skip to leave one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="713"/>
        <source>{v} of 5, not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="714"/>
        <source>{v} of 5, very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="715"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="938"/>
        <source>{v} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="719"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="720"/>
        <source>{criterion}: skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="739"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1215"/>
        <source>Your comments on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="749"/>
        <source>&amp;Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="750"/>
        <source>Edit the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="751"/>
        <source>Re&amp;move comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="752"/>
        <source>Remove the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="764"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1335"/>
        <source>New &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="766"/>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="768"/>
        <source>What is unclear, unfair or missing in this section? Ctrl+Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="780"/>
        <source>Quoted pa&amp;ssage (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="782"/>
        <source>Quoted passage (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="784"/>
        <source>Select words in the section above, then choose Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="789"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1007"/>
        <source>&amp;Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="790"/>
        <source>Quote the text selected in the section above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="798"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1337"/>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="799"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1341"/>
        <source>Add the comment to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="801"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="802"/>
        <source>Cancel editing the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="808"/>
        <source>About your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="818"/>
        <source>Reading level of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="830"/>
        <source>Reading level figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="833"/>
        <source>The section&apos;s text with long sentences and unexplained words highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="904"/>
        <source>Overall questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="911"/>
        <source>Last, a few questions about the aid as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="936"/>
        <source>{v} of 5, poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="937"/>
        <source>{v} of 5, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="949"/>
        <source>Your answers are saved as you go. When you have finished, save a copy of your review and send it to the authors of the aid (for example by email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="956"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="987"/>
        <source>Save a &amp;copy to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="957"/>
        <location filename="../../sdm_aid/ui/review_window.py" line="1534"/>
        <source>Save a copy of your review to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="984"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="985"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="989"/>
        <source>Change your &amp;name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="990"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="993"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="995"/>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="998"/>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1001"/>
        <source>Next &amp;area (list, section, your review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1004"/>
        <source>Previous a&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1082"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1084"/>
        <source>{n} of {total}: the last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1166"/>
        <source>Link: {link} (not opened from a review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1184"/>
        <source>Your review of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1218"/>
        <source>({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1218"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1270"/>
        <source>Nothing is selected. Select some words in the section above (drag over them with the mouse), then choose Quote selected text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1278"/>
        <source>The passage is long: only its first {n:,} characters are quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1293"/>
        <source>Type your comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1299"/>
        <source>Comment changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1302"/>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1335"/>
        <source>Change your &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1337"/>
        <source>S&amp;ave changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1339"/>
        <source>Save the changed comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1353"/>
        <source>Remove comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1354"/>
        <source>Remove this comment?

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1363"/>
        <source>Comment removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1383"/>
        <source>The reading level could not be worked out: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1388"/>
        <source>Reading &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1403"/>
        <source>Working out the reading level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1410"/>
        <source>&lt;b&gt;Reading ease:&lt;/b&gt; {ease:.0f} out of 100, {words} (60 or more is plain English; higher is easier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1417"/>
        <source>&lt;b&gt;Grade:&lt;/b&gt; {grade:.1f}, about reading age {age:.0f} (the aim is grade {target} or below, about reading age {target_age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1425"/>
        <source>&lt;b&gt;above the aim&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1429"/>
        <source>&lt;b&gt;Reading ease and grade:&lt;/b&gt; {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1432"/>
        <source>&lt;b&gt;Long sentences&lt;/b&gt; (over {n} words): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1438"/>
        <source>&lt;b&gt;Words not in the glossary:&lt;/b&gt; {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1439"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1447"/>
        <source>&lt;span style=&apos;{s}&apos;&gt;long sentences&lt;/span&gt; have a yellow background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1453"/>
        <source>&lt;span style=&apos;{s}&apos;&gt;words not in the glossary&lt;/span&gt; are underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1456"/>
        <source>Below, {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1456"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1517"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1521"/>
        <source>Could not save: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1536"/>
        <source>SDM Aid reviews (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1549"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1550"/>
        <source>Could not save {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1554"/>
        <source>Saved a copy as {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1556"/>
        <source>Your review is ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1558"/>
        <source>Your review is saved as:
{p}

Please send this file to the authors of the aid, for example by email. Your review is also kept in SDM Aid, so you can carry on with it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1571"/>
        <source>Reviewer: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1582"/>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="152"/>
        <source>Review: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="153"/>
        <source>Who is reviewing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="156"/>
        <source>Thank you for reviewing this aid. Please say who you are. You can use a pseudonym. Your name and role are saved in the review file you send to the authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="163"/>
        <source>Your name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="166"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="171"/>
        <source>Your &amp;name or a pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="173"/>
        <source>You are &amp;a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="181"/>
        <source>&amp;Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="182"/>
        <source>Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="184"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="306"/>
        <source>Overall questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="340"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="341"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="342"/>
        <source>not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="343"/>
        <source>{n} of {total}: {title}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="348"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="349"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="350"/>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="135"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="138"/>
        <source>{title}: {who}
Last changed {when} (UTC) · step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="23"/>
        <source>Continue: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="25"/>
        <source>Start: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="29"/>
        <source>This session was prepared at home. You can now continue it together in the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="36"/>
        <source>Who is taking part? Names are optional; they appear only on your summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="40"/>
        <source>Patient&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="42"/>
        <source>Clinician&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="43"/>
        <source>&amp;Together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="44"/>
        <source>Setting: together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="45"/>
        <source>&amp;Preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="46"/>
        <source>Setting: preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="52"/>
        <source>P&amp;atient&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="53"/>
        <source>&amp;Clinician&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="58"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="58"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="66"/>
        <source>Setting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="123"/>
        <source>Meaning of the selected word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="197"/>
        <source>Source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="56"/>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="58"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="58"/>
        <source>not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="60"/>
        <source>Step {n} of {total}: {title}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="969"/>
        <source>Copy for health &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="970"/>
        <source>Copy for health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="972"/>
        <source>Puts a short record copy on the clipboard, to paste into the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="974"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="975"/>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="976"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="977"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="988"/>
        <source>Summary of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SureStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="626"/>
        <source>How sure do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="627"/>
        <source>Four quick questions (the SURE test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="632"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="632"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="642"/>
        <source>What your answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="661"/>
        <source>You answered yes to all four: you feel ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps.py" line="666"/>
        <source>Your score is {s} out of 4. It is normal to feel unsure. What could help:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>step</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window.py" line="1155"/>
        <source>Preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
