<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="36"/>
        <source>Bundled decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="38"/>
        <source>Templates, word lists, translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="41"/>
        <source>Your sessions and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="42"/>
        <source>Your own decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="43"/>
        <source>Cache (can be deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="70"/>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="71"/>
        <source>About SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="73"/>
        <source>SDM Aid {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="78"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="82"/>
        <source>Shared decision-making aids for patients and clinicians. SDM Aid is free software under the {licence} licence. It makes no network connections: everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="90"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="92"/>
        <source>&amp;Decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="93"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="94"/>
        <source>Data &amp;folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="98"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="104"/>
        <source>Decision aids and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="110"/>
        <source>version {version} · {language} · {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="120"/>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="126"/>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="139"/>
        <source>(no licence text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/about_dialog.py" line="145"/>
        <source>Data folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="24"/>
        <source>This aid is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="27"/>
        <source>This aid is past its review date ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="30"/>
        <source>It has not yet been clinically approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="34"/>
        <source>About this aid&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="38"/>
        <source>About this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="41"/>
        <source>Who this is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="45"/>
        <source>Together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_pages.py" line="87"/>
        <location filename="../../sdm_aid/ui/steps/about.py" line="47"/>
        <source>Preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="77"/>
        <source>⚠ {name}: cannot be used. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="86"/>
        <source>version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="87"/>
        <source>next review {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="28"/>
        <source>This aid is a draft or not yet clinically approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="32"/>
        <source>This decision in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="36"/>
        <source>The options: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollateWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="126"/>
        <source>{name} – Collate patient reviews – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="149"/>
        <source>Collate patient reviews: choose the decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="151"/>
        <source>Decision aids (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="171"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="182"/>
        <source>Summary of the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="187"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="272"/>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="188"/>
        <source>Save the authors&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="190"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="275"/>
        <source>Save &apos;You said, &amp;we did&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="191"/>
        <source>Save the &apos;You said, we did&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="208"/>
        <source>Problems with the review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="210"/>
        <source>Files that were not collated and why, and notes on the ones that were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="226"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="310"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="313"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="316"/>
        <source>Reading the reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="232"/>
        <source>Collated reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="253"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="264"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="278"/>
        <source>&amp;Add review files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="279"/>
        <source>Add a &amp;folder of reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="280"/>
        <source>&amp;Collate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="284"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="350"/>
        <source>Collated {reviews}; {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="351"/>
        <source>1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="351"/>
        <source>{n} reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="353"/>
        <source>1 file skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="353"/>
        <source>{n} files skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="374"/>
        <source>{name} cannot be collated: the aid has errors. Fix them (File › Preview a file… in the main window shows them as you edit), then choose Collate again (F5).

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="380"/>
        <source>{name} cannot be read: {reason}. Check that the file is there and that you can open it, then choose Collate again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="384"/>
        <source>Could not collate the reviews of {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="393"/>
        <source>Could not collate the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="399"/>
        <source>Add review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="401"/>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="460"/>
        <source>Review files (*.review.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="407"/>
        <source>Add a folder of review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="431"/>
        <source>Collate patient reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="434"/>
        <source>Where are the review files for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="439"/>
        <source>Choose the review files (.review.json) the reviewers sent you, or a folder that holds them. More can be added later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="446"/>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="449"/>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="458"/>
        <source>Choose the review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/window.py" line="466"/>
        <source>Choose the folder of review files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="70"/>
        <source>1 patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="71"/>
        <source>{n} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="73"/>
        <source>1 carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="73"/>
        <source>{n} carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="75"/>
        <source>1 clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="76"/>
        <source>{n} clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="78"/>
        <source>1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="78"/>
        <source>{n} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="84"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="85"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="86"/>
        <source>To discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/common.py" line="87"/>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="71"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="72"/>
        <source>Quote or question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="73"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="74"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="75"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="76"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="77"/>
        <source>Comment and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="90"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="97"/>
        <source>Possibly addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="99"/>
        <source>Section differs from what they read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="102"/>
        <source>Reviewed version {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="110"/>
        <source>This reviewer read version {v}; the section has changed since, so the comment may have been addressed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="116"/>
        <source>The section differs from the text this reviewer read (version {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="133"/>
        <source>{decision}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="166"/>
        <source>{column}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/comments_table.py" line="198"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/work.py" line="59"/>
        <source>New responses are saved in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/work.py" line="65"/>
        <source>Responses cannot be saved until it is moved or fixed; the reports can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="72"/>
        <source>Questionnaire (overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="88"/>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="89"/>
        <source>{n} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="93"/>
        <source>1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="94"/>
        <source>{n} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="98"/>
        <source>no longer in the aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="101"/>
        <source>changed since {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="136"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="137"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="138"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="143"/>
        <source>1: not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="144"/>
        <source>5: very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="145"/>
        <source>Did not answer this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/models.py" line="185"/>
        <source>{criterion}, {column}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="66"/>
        <source>On “{quote}”:
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="71"/>
        <source>Comment {n} of {total}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="75"/>
        <source>Quoting: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="88"/>
        <source>Your comments on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="91"/>
        <source>({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="91"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="143"/>
        <source>Nothing is selected. Select some words in the section above (drag over them with the mouse), then choose Quote selected text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="151"/>
        <source>The passage is long: only its first {n:,} characters are quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="166"/>
        <source>Type your comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="172"/>
        <source>Comment changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="175"/>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="208"/>
        <source>Change your &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="208"/>
        <source>New &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="210"/>
        <source>S&amp;ave changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="210"/>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="212"/>
        <source>Save the changed comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="214"/>
        <source>Add the comment to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="226"/>
        <source>Remove comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="227"/>
        <source>Remove this comment?

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/comments_panel.py" line="239"/>
        <source>Comment removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="85"/>
        <source>Compare your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="91"/>
        <source>This aid has no comparison table. The options are described one by one in &apos;Your options&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="98"/>
        <source>Choose which options to show side by side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="105"/>
        <source>Show {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="110"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="125"/>
        <source>Option grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="135"/>
        <source>Options one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="141"/>
        <source>Save handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="142"/>
        <source>Save the options shown as a one-page handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="156"/>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="166"/>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/compare.py" line="156"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyOptionsDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="40"/>
        <source>Print the patient copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="40"/>
        <source>Save the patient copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="44"/>
        <source>How should the patient&apos;s copy be made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="45"/>
        <source>&amp;Large print (16 point text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="46"/>
        <source>Large print, 16 point text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="48"/>
        <source>For readers who find small print hard; the copy runs to more pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="51"/>
        <source>Include the clinician&apos;s &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="52"/>
        <source>Include the clinician&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="54"/>
        <source>The clinician&apos;s notes are left out unless you tick this: they may say things the patient did not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="68"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/copy_options.py" line="68"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionChoice</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="40"/>
        <source>What have you decided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="43"/>
        <source>Tick one option, or more than one: a plan can combine them. Not decided yet? Say so below, and tick any you are leaning towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="57"/>
        <source>I have decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="58"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="59"/>
        <source>Not decided yet: I&apos;d like more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="72"/>
        <source>Your decision so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="82"/>
        <source>Before you record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="85"/>
        <source>Record it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="86"/>
        <source>Record the decision now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="87"/>
        <source>Take more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="88"/>
        <source>Take more time before deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="174"/>
        <source>Your decision: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="175"/>
        <source>Your plan combines: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="178"/>
        <source>Not decided yet, leaning towards: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="179"/>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="180"/>
        <source>Nothing chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="192"/>
        <source>Your SURE score was {0} out of 4, so you may not feel quite sure yet. That is normal. Would you like to record this decision now, or take more time to think it over? Either is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="199"/>
        <source>You chose to record the decision now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision_choice.py" line="200"/>
        <source>You chose to take more time. The summary says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="156"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="158"/>
        <source>Choose a step and press Enter to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="173"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="174"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="175"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="176"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="186"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="188"/>
        <source>Back to the library (your answers are saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="264"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="269"/>
        <source>An extra step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="77"/>
        <source>About this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="78"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="79"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="80"/>
        <source>What could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="81"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="82"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="83"/>
        <source>How sure do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="84"/>
        <source>Decision and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="85"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="89"/>
        <source>This decision in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="90"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/__init__.py" line="91"/>
        <source>What matters most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="44"/>
        <source>Thinking about the appointment you have just had…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="45"/>
        <source>How much effort was made to help you understand your health issues?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="49"/>
        <source>How much effort was made to listen to the things that matter most to you about your health issues?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="54"/>
        <source>How much effort was made to include what matters most to you in choosing what to do next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="58"/>
        <source>No effort was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="59"/>
        <source>A little effort was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="60"/>
        <source>Some effort was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="61"/>
        <source>A lot of effort was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="62"/>
        <source>Every effort was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="110"/>
        <source>Decision and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="115"/>
        <source>Who else would you like to involve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="116"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="117"/>
        <source>&lt;h2&gt;Questions to ask&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="123"/>
        <source>A question to ask: tick it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="129"/>
        <source>Type a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="130"/>
        <source>A question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="131"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="132"/>
        <source>Add my question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="140"/>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="142"/>
        <source>Clinician&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="149"/>
        <source>&amp;Hand over to the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="151"/>
        <source>Hand over to the patient: three questions for the patient alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="160"/>
        <source>For the patient alone: the clinician has finished. Please answer on your own; your answers are not shown to the clinician here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="164"/>
        <source>For the patient alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="167"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="168"/>
        <source>Done: back to the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="178"/>
        <source>Your view of this conversation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="183"/>
        <source>Your answers help the service improve: they are kept in this session file and, without your name, in the service&apos;s audit, but not in the clinician&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="193"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/decision.py" line="355"/>
        <source>Your own questions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="56"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="65"/>
        <source>What changed since it was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="69"/>
        <source>Ratin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="73"/>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="159"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="75"/>
        <source>How many reviewers gave each rating, for each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="88"/>
        <source>About the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="96"/>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="248"/>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="114"/>
        <source>Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="120"/>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="160"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="123"/>
        <source>Every comment on the section: who made it, the passage quoted, the comment, notes, the decision and the reply. Select one to respond to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="161"/>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="164"/>
        <source>The section&apos;s reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="177"/>
        <source>New since version {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="186"/>
        <source>No longer in the aid: it was in version {v}. Comments on it may have been addressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="197"/>
        <source>Changed since version {v}: comments made on that version are marked “possibly addressed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="208"/>
        <source>Taken out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="211"/>
        <source>Added: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="225"/>
        <source>Before: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="228"/>
        <source>Now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="234"/>
        <source>…and {n} more changed lines (the report shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="252"/>
        <source>Reading ease {ease:.0f} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="256"/>
        <source>grade {grade:.1f}, reading age about {age:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="260"/>
        <source>(above the target of grade {target:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="265"/>
        <source>Not graded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="269"/>
        <source>1 sentence over {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="270"/>
        <source>{n} sentences over {words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="276"/>
        <source>words not in the glossary: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/detail_panel.py" line="278"/>
        <source>no words missing from the glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="133"/>
        <source>Export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="210"/>
        <source>Saving the summary as {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="229"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="231"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="233"/>
        <source>Patient copy (to take home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="234"/>
        <source>Record copy (for the health record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="235"/>
        <source>Which copy to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="237"/>
        <source>&amp;Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="273"/>
        <source>Printing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="285"/>
        <source>Record copy on the clipboard: paste it into the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="292"/>
        <source>PDF – patient copy (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="293"/>
        <source>PDF – record copy (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="294"/>
        <source>Web page – patient copy (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="295"/>
        <source>Web page – record copy (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="296"/>
        <source>Record copy as text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="297"/>
        <source>Record copy as Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="298"/>
        <source>JSON: summary and session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="299"/>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="318"/>
        <source>Summary saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="325"/>
        <source>Could not save the summary as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="327"/>
        <source>Could not save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="336"/>
        <source>There is already a file called “{name}” in {folder}, so the summary was not saved and that file was left as it was. Choose Export summary… again and give another name, or confirm there that you want to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="342"/>
        <source>SDM Aid may not write “{name}” in {folder}. Choose Export summary… again and save it in another folder, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="347"/>
        <source>The summary could not be made as “{name}”: {error}. Choose Export summary… again and pick another file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="352"/>
        <source>The summary could not be saved as {path}: {error}. Check that the folder is still there and the disk is not full, then choose Export summary… again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="356"/>
        <source>Something went wrong while saving the summary as {path}: {error}. Try again; if it happens again, use Copy for health record or Print summary… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="361"/>
        <source>The summary has gone to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="366"/>
        <source>The summary could not be printed: {error}. Check that the printer is on and connected, then choose Print summary… again, or save it as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/export_actions.py" line="369"/>
        <location filename="../../sdm_aid/ui/export_actions.py" line="370"/>
        <source>Could not print the summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="70"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="71"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="71"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="76"/>
        <source>line&#xa0;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="76"/>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="84"/>
        <source>[allowed: {reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/findings.py" line="96"/>
        <source>{severity}, {rule}, {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InUseDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="23"/>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="24"/>
        <source>This session is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="29"/>
        <source>{name} is open in another window or program{by}. Two windows saving one session would lose each other&apos;s changes.

You can look at it without changing it, or carry on with a copy of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="35"/>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="37"/>
        <source>Open a &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFiguresStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="50"/>
        <source>What could happen: the key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="54"/>
        <source>For each option, the first benefit and the first harm this aid has a figure for. Each comes from one study: compare options only within one study. &apos;What could happen&apos; in the step list has every figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="77"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="77"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="93"/>
        <source>{0}: none of this aid&apos;s benefits can happen with this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="95"/>
        <source>{0}: none of this aid&apos;s harms can happen with this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="98"/>
        <source>{0}: this aid has no reliable figure for “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="102"/>
        <source>{0}: this aid has no reliable figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="105"/>
        <source>Cannot happen with this option:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="45"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="46"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="47"/>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="48"/>
        <source>Not yet clinically approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="164"/>
        <source>&lt;h1&gt;Decision aids&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="167"/>
        <source>Choose the decision you are facing. Each aid shows the options, what could happen, and asks what matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="173"/>
        <source>Search by condition, title or word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="174"/>
        <source>Search decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="183"/>
        <source>Decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="184"/>
        <source>Press Enter to open the selected aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="188"/>
        <source>&amp;Open this aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="189"/>
        <source>Open the selected decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="190"/>
        <source>&amp;Review this aid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="192"/>
        <source>Review the selected aid for the authors (patient panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="194"/>
        <source>Open &amp;folder of aids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="195"/>
        <source>Add a folder of decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="202"/>
        <source>Unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="203"/>
        <source>Press Enter to carry on where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="205"/>
        <source>&amp;Carry on with this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="206"/>
        <source>Resume the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="207"/>
        <source>&amp;Delete this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="208"/>
        <source>Delete the selected session for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="209"/>
        <source>&lt;h2&gt;Unfinished sessions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="212"/>
        <source>Show &amp;unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="213"/>
        <source>Show the unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="256"/>
        <source>Hide unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="258"/>
        <source>Show &amp;unfinished sessions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="273"/>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="275"/>
        <source>Delete this session for good? Its answers cannot be brought back. A copy saved elsewhere (Save session as…) is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="282"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="291"/>
        <source>{n} decision aid(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="293"/>
        <source>{n} file(s) could not be used: see the list for why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="336"/>
        <source>{name} cannot be used:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="72"/>
        <source>SDM Aid: shared decision making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="120"/>
        <location filename="../../sdm_aid/ui/library_actions.py" line="75"/>
        <source>Loading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="55"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="57"/>
        <source>&amp;Open session file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="59"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="61"/>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="64"/>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="69"/>
        <source>&amp;Export summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="73"/>
        <source>Open &amp;folder of aids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="74"/>
        <source>Pre&amp;view a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="75"/>
        <source>&amp;Review this aid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="80"/>
        <source>&amp;Collate patient reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="82"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="96"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="98"/>
        <source>&amp;Copy for health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="102"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="106"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="108"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="111"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="114"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="117"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="120"/>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="136"/>
        <source>&amp;Authoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_menus.py" line="143"/>
        <source>&amp;About SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/view_actions.py" line="53"/>
        <source>Text size {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="71"/>
        <source>{n} damaged session file(s) were set aside as .corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="76"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="86"/>
        <source>Choose a folder of decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="146"/>
        <source>Preview a decision-aid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="147"/>
        <source>Decision aids (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_actions.py" line="184"/>
        <location filename="../../sdm_aid/ui/support/file_opener.py" line="130"/>
        <source>This aid cannot be reviewed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="77"/>
        <source>This aid cannot be used:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="88"/>
        <source>The session could not be deleted: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="103"/>
        <source>Open a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="100"/>
        <location filename="../../sdm_aid/ui/session_actions.py" line="287"/>
        <source>SDM Aid sessions (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="153"/>
        <source>This session uses the aid “{id}”, which is not in your library. Add the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="158"/>
        <source>The aid for this session cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="127"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="130"/>
        <location filename="../../sdm_aid/ui/session_actions.py" line="140"/>
        <source>This aid has been updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="131"/>
        <source>The session was made with version {old}; this is version {new}. Parts that changed: {names}. Please look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="209"/>
        <source>{title} – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="211"/>
        <source>{title} (read-only: changes are not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="212"/>
        <source>Read-only: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="269"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="285"/>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="301"/>
        <source>Could not save {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="312"/>
        <source>{p} is open in another window. Save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/session_actions.py" line="324"/>
        <source>Saved as {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="241"/>
        <source>SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/main_window.py" line="251"/>
        <source>Could not save: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/file_opener.py" line="89"/>
        <source>SDM Aid cannot open {name}: not a session or review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/file_opener.py" line="112"/>
        <source>This review is of version {old} of “{title}”; the library has version {new}. Collate it with File › Collate patient reviews… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/file_opener.py" line="125"/>
        <source>This review is of the aid “{id}”, which is not in your library. Add the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MattersStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="137"/>
        <source>What matters most to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="139"/>
        <source>Tick up to {n} that matter most to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="149"/>
        <source>How many you have ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="167"/>
        <source>You have ticked {n} already. Untick one to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/short_route.py" line="177"/>
        <source>{n} of {most} ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeaningBox</name>
    <message>
        <location filename="../../sdm_aid/ui/glossary_text.py" line="213"/>
        <source>Meaning of the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/glossary_text.py" line="220"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/options.py" line="24"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/options.py" line="38"/>
        <source>(carrying on as now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="112"/>
        <source>A possible benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="112"/>
        <source>A possible harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="177"/>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="181"/>
        <source>Study: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="184"/>
        <source>People studied: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="186"/>
        <source>Time: {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="223"/>
        <source>Comparison group: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="227"/>
        <source>With {c}: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="235"/>
        <source>Too rare to show as a picture: numbers are out of {n} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="244"/>
        <source>A picture of {n} people does not fit at this text size: the figure is in words below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/outcome_view.py" line="257"/>
        <source>A close-up of {b} of the {n} people, drawn large: every one it happens to is in it, coloured. The other {rest} people are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="34"/>
        <source>What could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="44"/>
        <source>This aid gives no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="61"/>
        <source>Outcomes: choose one to see its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="65"/>
        <source>a possible benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="65"/>
        <source>a possible harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="69"/>
        <source>{label}, {kind}, {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="78"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="80"/>
        <source>Numbers out of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/outcomes.py" line="79"/>
        <source>Show numbers out of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverallPage</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="45"/>
        <source>Overall questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="52"/>
        <source>Last, a few questions about the aid as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="77"/>
        <source>{v} of 5, poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="78"/>
        <source>{v} of 5, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="79"/>
        <source>{v} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="90"/>
        <source>Your answers are saved as you go. When you have finished, save a copy of your review and send it to the authors of the aid (for example by email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="97"/>
        <source>Save a &amp;copy to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/overall_page.py" line="98"/>
        <source>Save a copy of your review to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="40"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="64"/>
        <source>0 doesn&apos;t matter, 10 matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="94"/>
        <source>Anything else that matters to me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="96"/>
        <source>Anything else that matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="90"/>
        <source>Which options fit what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="44"/>
        <source>Click or use the arrow keys on each line: 0 means it doesn&apos;t matter to you, 10 means it matters a lot. A line with no round marker is not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="74"/>
        <source>0: doesn&apos;t matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="74"/>
        <source>10: matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="87"/>
        <source>How the options fit what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="139"/>
        <source>&lt;b&gt;Your answer: {n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="141"/>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="161"/>
        <source>&lt;b&gt;How the options fit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="167"/>
        <source>When you mark things as mattering a lot ({n} or more), this says which of them speak for each option and which against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="176"/>
        <source>What you marked as mattering a lot, option by option. This is not a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="185"/>
        <source>For it: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="187"/>
        <source>Against it: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/preferences.py" line="189"/>
        <source>None of them speaks for or against it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="97"/>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="470"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="102"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="114"/>
        <source>Preview warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="130"/>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="149"/>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="151"/>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="169"/>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="499"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="163"/>
        <source>Summary of the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="172"/>
        <source>What the validator found: severity, rule, line and message, errors first. Press Enter or double-click to copy the file and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="228"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="229"/>
        <source>&amp;Reload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="234"/>
        <source>&amp;Copy the finding&apos;s file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="239"/>
        <source>&amp;Close preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="245"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="247"/>
        <source>&amp;Findings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="249"/>
        <source>&amp;Go to the findings and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="337"/>
        <source>{name} has errors, so it cannot be shown yet. The findings panel says what to fix; the preview appears as soon as you save a version that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="359"/>
        <source>Could not check the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="440"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="440"/>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="441"/>
        <source>, 1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="443"/>
        <source>, {n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="446"/>
        <source>, {n} allowed by the folder&apos;s allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="455"/>
        <source>{time}: {name} is missing; waiting for it to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="460"/>
        <source>{name} is not there any more (deleted or renamed). Showing the last version; the preview carries on when the file comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="465"/>
        <source>{name} is not there any more (deleted or renamed). The preview carries on when the file comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="472"/>
        <source>Updated {time} — {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="477"/>
        <source>The file has errors; showing the last version that worked ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="481"/>
        <source>The file has errors; showing the last version that worked. The findings panel ({key}) says what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="485"/>
        <source>The file has errors; nothing to show yet ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="494"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="499"/>
        <source>Findings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="505"/>
        <source>{name} (missing) – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="507"/>
        <source>{name} (has errors) – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="509"/>
        <source>{name} – Preview – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/preview_window/window.py" line="521"/>
        <source>Copied {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/quiz.py" line="22"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/quiz.py" line="25"/>
        <source>This aid has no questions to check understanding. You can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/quiz.py" line="62"/>
        <source>✓ Right. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/quiz.py" line="65"/>
        <source>✗ Not quite — this is easy to mix up. The answer is “{a}”. {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="48"/>
        <source>Your review of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="57"/>
        <source>1 means not at all, 5 means very. Choose Skip to leave one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="73"/>
        <source>{v} of 5, not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="74"/>
        <source>{v} of 5, very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="75"/>
        <source>{v} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="79"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="80"/>
        <source>{criterion}: skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="100"/>
        <source>Your comments on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="110"/>
        <source>&amp;Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="111"/>
        <source>Edit the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="112"/>
        <source>Re&amp;move comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="113"/>
        <source>Remove the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="125"/>
        <source>New &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="127"/>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="129"/>
        <source>What is unclear, unfair or missing in this section? Ctrl+Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="141"/>
        <source>Quoted pa&amp;ssage (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="143"/>
        <source>Quoted passage (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="145"/>
        <source>Select words in the section above, then choose Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="150"/>
        <source>&amp;Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="151"/>
        <source>Quote the text selected in the section above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="159"/>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="160"/>
        <source>Add the comment to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="162"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="163"/>
        <source>Cancel editing the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="169"/>
        <source>About your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="179"/>
        <source>Reading level of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="191"/>
        <source>Reading level figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="194"/>
        <source>The section&apos;s text with long sentences and unexplained words highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/rating_panel.py" line="265"/>
        <source>Your review of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="38"/>
        <source>The reading level could not be worked out: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="43"/>
        <source>Reading &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="59"/>
        <source>Working out the reading level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="66"/>
        <source>&lt;b&gt;Reading ease:&lt;/b&gt; {ease:.0f} out of 100, {words} (60 or more is plain English; higher is easier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="73"/>
        <source>&lt;b&gt;Grade:&lt;/b&gt; {grade:.1f}, about reading age {age:.0f} (the aim is grade {target} or below, about reading age {target_age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="81"/>
        <source>&lt;b&gt;above the aim&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="85"/>
        <source>&lt;b&gt;Reading ease and grade:&lt;/b&gt; {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="88"/>
        <source>&lt;b&gt;Long sentences&lt;/b&gt; (over {n} words): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="94"/>
        <source>&lt;b&gt;Words not in the glossary:&lt;/b&gt; {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="95"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="103"/>
        <source>&lt;span style=&apos;{s}&apos;&gt;long sentences&lt;/span&gt; have a yellow background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="109"/>
        <source>&lt;span style=&apos;{s}&apos;&gt;words not in the glossary&lt;/span&gt; are underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="112"/>
        <source>Below, {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reading_panel.py" line="112"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="34"/>
        <source>Save &apos;You said, we did&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="36"/>
        <source>Save the authors&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="39"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="40"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="41"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="60"/>
        <source>&apos;You said, we did&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="60"/>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="61"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="67"/>
        <source>{kind} is saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="75"/>
        <source>Save it again with a name ending in .html, .md or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="78"/>
        <source>Save it as .html instead, and print that to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="79"/>
        <source>PDF is not available ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="82"/>
        <source>Choose another folder or name, or check that you can write to {folder} and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="86"/>
        <source>Could not save {name}: {reason}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/reports.py" line="104"/>
        <source>Collate patient reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesEditor</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="39"/>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="44"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="47"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="49"/>
        <source>Why: needed when the comment is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="52"/>
        <source>Reply to the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="54"/>
        <source>Shown to the panel in &apos;You said, we did&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="60"/>
        <source>Needed when declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="61"/>
        <source>What you tell the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="62"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="64"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="66"/>
        <source>Rep&amp;ly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="86"/>
        <source>Response not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="138"/>
        <source>Your response (select a comment first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="148"/>
        <source>Your response to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="151"/>
        <source>Your decision on the comment by {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="186"/>
        <source>Choose a decision (accepted, declined or to discuss) to save the reason and reply. Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="198"/>
        <source>A declined comment needs a reason: write why under Reason. Not saved until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="214"/>
        <source>Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="233"/>
        <source>Responses saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/responses_editor.py" line="241"/>
        <source>Could not save the responses to {name}: {reason}. Your decisions are kept in this window; check that you can write to {folder}, then make a change to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="15"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="16"/>
        <source>Carer (a family member or friend who helps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="17"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="18"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="25"/>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="26"/>
        <source>carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="27"/>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="28"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="35"/>
        <source>Easy to understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="36"/>
        <source>Balanced / fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="37"/>
        <source>Enough information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="43"/>
        <source>Overall rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="51"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="52"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="53"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="54"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="59"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="65"/>
        <source>Would this aid help you decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="66"/>
        <source>Were the options presented fairly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="67"/>
        <source>Was anything missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="68"/>
        <source>Overall, how would you rate this aid (1 to 5)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_labels.py" line="69"/>
        <source>Is there anything else you would like to tell the authors?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOpening</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/opening.py" line="146"/>
        <source>Carrying on with your review from {when} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/opening.py" line="152"/>
        <source>Your reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/opening.py" line="168"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/opening.py" line="197"/>
        <source>This aid has changed since your review of {when} (UTC), although its version is the same. Sections that changed: {sections}. A new review has been started; the earlier one is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSaving</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="61"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="65"/>
        <source>Could not save: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="78"/>
        <source>Save a copy of your review to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="80"/>
        <source>SDM Aid reviews (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="93"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="94"/>
        <source>Could not save {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="98"/>
        <source>Saved a copy as {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="100"/>
        <source>Your review is ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/saving.py" line="102"/>
        <source>Your review is saved as:
{p}

Please send this file to the authors of the aid, for example by email. Your review is also kept in SDM Aid, so you can carry on with it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="124"/>
        <source>Review: {title} – SDM Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="143"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="145"/>
        <source>Move with the arrow keys: each section is shown beside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="160"/>
        <source>The section as a patient sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="177"/>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="177"/>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="179"/>
        <source>The section and your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="190"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="191"/>
        <source>&lt; &amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="192"/>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="193"/>
        <source>&amp;Next section &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="194"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="214"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="217"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="246"/>
        <source>&amp;Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="226"/>
        <source>Save a &amp;copy to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="223"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="224"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="228"/>
        <source>Change your &amp;name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="229"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="232"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="234"/>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="237"/>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="240"/>
        <source>Next &amp;area (list, section, your review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="243"/>
        <source>Previous a&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="321"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="323"/>
        <source>{n} of {total}: the last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="349"/>
        <source>Reviewer: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/window.py" line="360"/>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/opening.py" line="69"/>
        <source>{name} cannot be reviewed:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="30"/>
        <source>Review: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="31"/>
        <source>Who is reviewing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="34"/>
        <source>Thank you for reviewing this aid. Please say who you are. You can use a pseudonym. Your name and role are saved in the review file you send to the authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="41"/>
        <source>Your name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="44"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="49"/>
        <source>Your &amp;name or a pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="51"/>
        <source>You are &amp;a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="59"/>
        <source>&amp;Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="60"/>
        <source>Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/reviewer_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="42"/>
        <source>Overall questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="76"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="77"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="78"/>
        <source>not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="79"/>
        <source>{n} of {total}: {title}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="84"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="85"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_list.py" line="86"/>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <location filename="../../sdm_aid/ui/review_window/section_pages.py" line="98"/>
        <source>Link: {link} (not opened from a review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="46"/>
        <source>Sec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="51"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="53"/>
        <source>The aid&apos;s sections in reading order, with how many comments and ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="74"/>
        <source>1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="74"/>
        <source>{n} reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="75"/>
        <source>{title}, version {version}: {reviews} collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="80"/>
        <source>; {comments}, {decided} with a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="81"/>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="81"/>
        <source>{n} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="85"/>
        <source>No review could be collated: see the problems below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="97"/>
        <source>Not collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="97"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="98"/>
        <source>{verb}: {name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="106"/>
        <source>Responses: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="117"/>
        <source>1 file could not be collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="118"/>
        <source>{n} files could not be collated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="122"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="122"/>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="124"/>
        <source>&amp;Problems and notes: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="165"/>
        <source>Co&amp;mments on {title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="191"/>
        <source>Nobody rated this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="195"/>
        <source>1 reviewer rated an earlier text of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/collate_window/sections_panel.py" line="196"/>
        <source>{n} reviewers rated an earlier text of this section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="143"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/library_page.py" line="148"/>
        <source>{title}
Last changed {when} · step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../sdm_aid/ui/support/session_lock.py" line="48"/>
        <source>program {pid} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="51"/>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="62"/>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/lock_dialogs.py" line="52"/>
        <source>{name} is in a folder SDM Aid cannot write to, so it is open read-only: changes are not saved. To keep changes, use File › Save session as… to save it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="23"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="26"/>
        <source>On a shared PC, leave names off so the next person cannot see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="29"/>
        <source>Show patients&apos; &amp;names in the list of unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="32"/>
        <source>Show patients&apos; names in the list of unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="36"/>
        <source>Show the &amp;Authoring menu (live preview, collate patient reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/settings_dialog.py" line="38"/>
        <source>Show the Authoring menu, for aid authors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="28"/>
        <source>Continue: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="30"/>
        <source>Start: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="34"/>
        <source>This session was prepared at home. You can now continue it together in the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="41"/>
        <source>Who is taking part? Names are optional; they appear only on your summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="45"/>
        <source>Patient&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="47"/>
        <source>Clinician&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="48"/>
        <source>&amp;Together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="49"/>
        <source>Setting: together in a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="50"/>
        <source>&amp;Preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="51"/>
        <source>Setting: preparing on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="55"/>
        <source>Use the short &amp;route for a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="57"/>
        <source>Use the short route for a consultation (the other steps stay one click away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="63"/>
        <source>P&amp;atient&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="64"/>
        <source>&amp;Clinician&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="69"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="69"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/start_dialog.py" line="77"/>
        <source>Where is the patient?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/base.py" line="177"/>
        <source>Source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="58"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/about.py" line="60"/>
        <source>Warning signs: when to get help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="98"/>
        <source>More steps, one click away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="105"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="106"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="107"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="115"/>
        <source>Step {n} of {total}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="117"/>
        <source>More: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/decision_page.py" line="119"/>
        <source>, current step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="27"/>
        <source>Copy for health &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="28"/>
        <source>Copy for health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="30"/>
        <source>Puts a short record copy on the clipboard, to paste into the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="32"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="33"/>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="34"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="35"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/summary.py" line="46"/>
        <source>Summary of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SureStep</name>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="24"/>
        <source>Do you feel sure about the best choice for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="25"/>
        <source>Do you know the benefits and risks of each option?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="26"/>
        <source>Are you clear about which benefits and risks matter most to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="29"/>
        <source>Do you have enough support and advice to make a choice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="30"/>
        <source>More time to think, or talking it through with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="33"/>
        <source>More information: go back over the options and what could happen, or ask your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="37"/>
        <source>Going back to &apos;What matters to you&apos; and thinking about what matters most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="41"/>
        <source>Talking to someone: family, friends, your clinician or a patient group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="51"/>
        <source>How sure do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="52"/>
        <source>Four quick questions (the SURE test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="57"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="57"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="67"/>
        <source>What your answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="86"/>
        <source>✓ Ready. You answered yes to all four: you feel ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/steps/sure.py" line="91"/>
        <source>? Not sure yet. Your score is {s} out of 4. It is normal to feel unsure. What could help:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="24"/>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="33"/>
        <source>Your last change is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="28"/>
        <source>Your last change could not be saved, so closing now would lose it.

{error}

Free some space or fix the folder and try again, or save the session somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="34"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="36"/>
        <source>&amp;Save elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="38"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sdm_aid/ui/support/close_guard.py" line="76"/>
        <source>The session could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
