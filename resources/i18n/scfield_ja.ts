<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Loading the demo assessments</source>
        <translation>デモ用の評価を読み込んでいます</translation>
    </message>
    <message>
        <source>scfield cannot open the database</source>
        <translation>scfield はデータベースを開けません</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>都市・国</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>総合</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>証拠不足（{n} 要素中 {k} 要素を採点）</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>公共セクター</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>民間セクター</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>学術機関</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your earlier work is saved. The details were written to the log file.</source>
        <translation>問題が発生しました（{name}）。これまでの作業は保存されています。詳細はログファイルに記録されました。</translation>
    </message>
    <message>
        <source>scfield</source>
        <translation>scfield</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The report file cannot be read: {path}</source>
        <translation>レポートファイルを読み込めません：{path}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>{total} ページ中 {n} ページ目を印刷中…</translation>
    </message>
    <message>
        <source>{path}: cannot save the report ({problem})</source>
        <translation>{path}: レポートを保存できません（{problem}）</translation>
    </message>
    <message>
        <source>Start a &amp;re-assessment…</source>
        <translation>再評価を開始(&amp;R)…</translation>
    </message>
    <message>
        <source>A new draft of the same place, with the profile, level and team copied; the previous scores are shown beside the new ones as a reference</source>
        <translation>同じ場所の新しい下書き（プロファイル、レベル、チームをコピー）。前回のスコアは参考として新しいスコアの横に表示されます</translation>
    </message>
    <message>
        <source>Start a re-assessment</source>
        <translation>再評価を開始</translation>
    </message>
    <message>
        <source>Title of the re-assessment of “{title}”:</source>
        <translation>「{title}」の再評価のタイトル：</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>{score} (provisional: the median of the proposals)</source>
        <translation>{score}（暫定：提案の中央値）</translation>
    </message>
    <message>
        <source>Previous assessment ({date}): {score}</source>
        <translation>前回の評価（{date}）：{score}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>“{title}”, for reference only: it is not a proposal and does not count in this assessment&apos;s scores.</source>
        <translation>「{title}」（参考のみ）：提案ではなく、この評価のスコアには算入されません。</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed assessment</source>
        <translation>署名済みの評価を修正</translation>
    </message>
    <message>
        <source>Amending “{title}” makes it editable again and prints it as DRAFT until it is signed again. The signed version and its fingerprint stay in the history, with your reason.</source>
        <translation>「{title}」を修正すると再び編集できるようになり、再度署名されるまで「下書き」として印刷されます。署名済みの版とそのフィンガープリントは、あなたの理由とともに履歴に残ります。</translation>
    </message>
    <message>
        <source>Why is it amended? (required)</source>
        <translation>修正する理由（必須）</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>修正する(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>サマリーを印刷…</translation>
    </message>
    <message>
        <source>The summary report with a preview (Ctrl+P)</source>
        <translation>サマリーレポート（プレビュー付き、Ctrl+P）</translation>
    </message>
    <message>
        <source>E&amp;xport field workbook…</source>
        <translation>現地用ワークブックを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>A workbook of this assessment to fill in the field</source>
        <translation>現地で記入するための、この評価のワークブック</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>署名…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>評価を現在の内容で署名してロックします</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>理由を添えて署名済みの評価のロックを解除します</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <source>{title} — scfield</source>
        <translation>{title} — scfield</translation>
    </message>
    <message>
        <source>This assessment is signed and read-only. Nothing can be changed unless it is amended with a reason.</source>
        <translation>この評価は署名済みで読み取り専用です。理由を添えて修正しない限り、変更できません。</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>History of changes</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>すべての要素</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>機密のメモを含める</translation>
    </message>
    <message>
        <source>Show confidential interviewees, their roles and notes here and in the exported workbook: for the assessment team only</source>
        <translation>機密扱いのインタビュー対象者・役職・メモをここと書き出すワークブックに表示します（評価チーム専用）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel に書き出す…</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>要素:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前の値</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後の値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source workbook</source>
        <translation>元のワークブック</translation>
    </message>
    <message>
        <source>History of changes — {title}</source>
        <translation>変更履歴 — {title}</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <source>{n} changes, oldest first.</source>
        <translation>{n} 件の変更（古い順）。</translation>
    </message>
    <message>
        <source>Confidential interviewees and their notes are withheld (tick “Include confidential notes” to show them).</source>
        <translation>機密扱いのインタビュー対象者とそのメモは表示していません（表示するには「機密のメモを含める」をオンにしてください）。</translation>
    </message>
    <message>
        <source>{title} history</source>
        <translation>{title} 変更履歴</translation>
    </message>
    <message>
        <source>Export the history to Excel</source>
        <translation>変更履歴を Excel に書き出す</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
        <source>History written to {path}</source>
        <translation>変更履歴を {path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>BackupBudgetDialog</name>
    <message>
        <source>Backup space</source>
        <translation>バックアップの容量</translation>
    </message>
    <message>
        <source>A multiple of the database&apos;s size (2x, the default) or a size (500MB, 2GiB). Older backups are deleted when they no longer fit; the newest one is always kept. The same setting as `scfield backups --budget`.</source>
        <translation>データベースのサイズの倍数（既定は 2x）またはサイズ（500MB、2GiB）。収まらなくなった古いバックアップから削除され、最新のものは常に残ります。`scfield backups --budget` と同じ設定です。</translation>
    </message>
    <message>
        <source>Space for backups:</source>
        <translation>バックアップの容量:</translation>
    </message>
    <message>
        <source>Give a multiple of the database&apos;s size (e.g. 2x) or a size (e.g. 500MB, 2GiB).</source>
        <translation>データベースのサイズの倍数（例：2x）またはサイズ（例：500MB、2GiB）を指定してください。</translation>
    </message>
    <message>
        <source>= {size} now (the database is {db}).</source>
        <translation>= 現在 {size}（データベースは {db}）。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>scfield copies the database into {folder} before each import, deletion, upgrade and restore. Each copy is checked before it counts as a backup.</source>
        <translation>scfield は取り込み・削除・アップグレード・復元の前に、データベースを {folder} にコピーします。各コピーは検査に合格してからバックアップとして扱われます。</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>How much space the backups may take (also in Settings ▸ Backup space…)</source>
        <translation>バックアップが使える容量（［設定］▸［バックアップの容量…］でも変更できます）</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the selected backup in place of the database (what is there now is backed up first)</source>
        <translation>選択したバックアップをデータベースに戻します（現在の内容は先にバックアップされます）</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再検査(&amp;A)</translation>
    </message>
    <message>
        <source>Read every backup again and check it</source>
        <translation>すべてのバックアップを読み直して検査します</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>削除の前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレードの前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Space for backups: {budget} (now {limit}); in use: {used}. Older backups are deleted when they no longer fit; the newest one is always kept.</source>
        <translation>バックアップの容量：{budget}（現在 {limit}）、使用中：{used}。収まらなくなった古いバックアップから削除され、最新のものは常に残ります。</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Put the database back as it was on {when} UTC ({why})?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone. Open assessment windows are closed.</source>
        <translation>データベースを {when} UTC（{why}）の状態に戻しますか？

それ以降の変更はすべて置き換えられます。現在のデータベースは先にバックアップされるので、元に戻せます。開いている評価のウィンドウは閉じられます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>（データベースは空でした）</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The database is back as it was in {backup}.

The database as it was before is kept as:
{path}</source>
        <translation>データベースを {backup} の状態に戻しました。

復元前のデータベースは次の場所に保管されています：
{path}</translation>
    </message>
    <message>
        <source>The database was restored from {backup}, but scfield cannot open it now: {reason}. Close scfield and start it again.</source>
        <translation>データベースは {backup} から復元されましたが、scfield は現在それを開けません：{reason}。scfield を閉じて起動し直してください。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>バックアップは復元されませんでした</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Comp&amp;are…</source>
        <translation>比較(&amp;A)…</translation>
    </message>
    <message>
        <source>The selected assessments side by side: a re-assessment against the previous one, or several cities with the group&apos;s median (select two or more with Ctrl+click)</source>
        <translation>選択した評価を並べて表示します：再評価と前回の評価、または複数の都市とグループの中央値（Ctrl+クリックで2つ以上選択）</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Select two or more assessments in the list (Ctrl+click or Shift+click), then choose Compare…</source>
        <translation>一覧で評価を2つ以上選択し（Ctrl+クリックまたは Shift+クリック）、「比較…」を選んでください。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: {names} — scfield</source>
        <translation>比較：{names} — scfield</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Group median</source>
        <translation>グループの中央値</translation>
    </message>
    <message>
        <source>Difference ({later} − {earlier})</source>
        <translation>差（{later} − {earlier}）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>証拠不足（{n} 要素中 {k} 要素を採点）</translation>
    </message>
    <message>
        <source>{later} is a re-assessment of {earlier}: the last column gives the assessor&apos;s rationale for each element that moved.</source>
        <translation>「{later}」は「{earlier}」の再評価です。最後の列に、スコアが変わった各要素についての評価者の根拠を示します。</translation>
    </message>
    <message>
        <source>Overall {before} → {after} ({change}).</source>
        <translation>総合 {before} → {after}（{change}）。</translation>
    </message>
    <message>
        <source>Stage: {before} → {after}.</source>
        <translation>ステージ：{before} → {after}。</translation>
    </message>
    <message>
        <source>Stage unchanged: {stage}.</source>
        <translation>ステージは変わらず：{stage}。</translation>
    </message>
    <message>
        <source>{n} elements moved.</source>
        <translation>スコアが変わった要素：{n}。</translation>
    </message>
    <message>
        <source>Overall {first}: {a}; {second}: {b} (difference {change}). {n} elements differ.</source>
        <translation>総合 {first}：{a}、{second}：{b}（差 {change}）。スコアが異なる要素：{n}。</translation>
    </message>
    <message>
        <source>{n} assessments on framework {version}; the last column gives the median of the group (an element not scored in one is left out of its median, not counted as 0). Group median overall: {median}.</source>
        <translation>フレームワーク {version} による {n} 件の評価。最後の列はグループの中央値です（いずれかで未採点の要素は 0 とせず、中央値から除きます）。グループの総合の中央値：{median}。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>総合</translation>
    </message>
    <message>
        <source>Elements scored</source>
        <translation>採点済み要素</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{n} 中 {k}</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>{name}: {k} of {n} elements scored</source>
        <translation>{name}：{n} 要素中 {k} 要素を採点</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Why it changed (rationale of {name})</source>
        <translation>変化の理由（{name} の根拠）</translation>
    </message>
    <message>
        <source>* provisional: the median of the interviews&apos; proposals, no rating set yet</source>
        <translation>* 暫定：インタビューの提案の中央値（統合評価は未設定）</translation>
    </message>
    <message>
        <source>no rationale yet: the score is provisional (the median of the interviews&apos; proposals)</source>
        <translation>根拠はまだありません：スコアは暫定値です（インタビューの提案の中央値）</translation>
    </message>
    <message>
        <source>no rationale recorded</source>
        <translation>根拠の記録なし</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts to review</source>
        <translation>確認が必要な競合</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>シート {sheet}、{row} 行目</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>シート {sheet}</translation>
    </message>
    <message>
        <source>Assessment profile</source>
        <translation>評価のプロファイル</translation>
    </message>
    <message>
        <source>Rating of {element}</source>
        <translation>{element} の評価</translation>
    </message>
    <message>
        <source>Evidence on {element} from {who}</source>
        <translation>{who} による {element} のエビデンス</translation>
    </message>
    <message>
        <source>Interview with {who} ({date})</source>
        <translation>{who} へのインタビュー（{date}）</translation>
    </message>
    <message>
        <source>A deleted record</source>
        <translation>削除されたレコード</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>未解決の競合：{n} 件</translation>
    </message>
    <message>
        <source>No open conflicts: every imported value has been settled.</source>
        <translation>未解決の競合はありません。取り込んだ値はすべて解決済みです。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>インタビュー対象者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>ヘリックスの主体</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>When the workbook was exported, the value was: {value}</source>
        <translation>ワークブックを書き出した時点の値：{value}</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported {when}</source>
        <translation>ワークブック {file} から（{when} に取り込み）</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported by {who} on {when}</source>
        <translation>ワークブック {file} から（{when} に {who} が取り込み）</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when}</source>
        <translation>最終更新：{when}（{who}）</translation>
    </message>
    <message>
        <source>Unchanged since it was created</source>
        <translation>作成以来変更なし</translation>
    </message>
    <message>
        <source>Please write the reason for your decision first: it is kept in the audit log.</source>
        <translation>先に決定の理由を書いてください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Enter the right value</source>
        <translation>正しい値を入力</translation>
    </message>
    <message>
        <source>{field} — {record}:</source>
        <translation>{field} — {record}：</translation>
    </message>
    <message>
        <source>Conflict settled: {what} is now {value}</source>
        <translation>競合を解決しました：{what} は {value} になりました</translation>
    </message>
</context>
<context>
    <name>ConflictReviewForm</name>
    <message>
        <source>A conflict is a value changed both in a returned field workbook and in the office database since the workbook was exported. The import kept the office value. Choose which value is right, and say why: the decision and its reason go to the audit log.</source>
        <translation>競合とは、ワークブックを書き出した後に、返送された現地用ワークブックと事務所のデータベースの両方で変更された値のことです。取り込みでは事務所の値を残しました。どちらの値が正しいかを選び、その理由を書いてください。決定と理由は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>ワークブック</translation>
    </message>
    <message>
        <source>In the field workbook</source>
        <translation>現地用ワークブックの値</translation>
    </message>
    <message>
        <source>In the office database</source>
        <translation>事務所のデータベースの値</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Why is this the right value? (required; kept in the audit log)</source>
        <translation>この値が正しい理由（必須。監査ログに記録されます）</translation>
    </message>
    <message>
        <source>Take &amp;field value</source>
        <translation>現地の値を採用(&amp;F)</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>事務所の値を残す(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation>値を入力(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ConsolidationForm</name>
    <message>
        <source>For each element, what every interviewee proposed. Set the consolidated score; elements whose proposals differ by 2 or more are highlighted.</source>
        <translation>要素ごとに、各インタビュー対象者が提案したスコアを示します。統合スコアを設定してください。提案の差が2以上の要素は強調表示されます。</translation>
    </message>
    <message>
        <source>* Provisional: the median of the interviewees&apos; proposals, used until you set a consolidated score.</source>
        <translation>* 暫定：インタビュー対象者の提案の中央値。統合スコアを設定するまで使われます。</translation>
    </message>
    <message>
        <source>Consolidated rating</source>
        <translation>統合評価</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>スコア(&amp;S):</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>確度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>根拠(&amp;R):</translation>
    </message>
    <message>
        <source>Why this score, given the interviews and documents</source>
        <translation>インタビューと資料に照らして、このスコアとした理由</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>その間に別の場所で変更されたため、そのまま保持しました: {fields}。あなたの版は競合リストにあります。</translation>
    </message>
    <message>
        <source>consolidation, element {n:02d}</source>
        <translation>統合、要素 {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>インタビュー対象者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Note and source</source>
        <translation>メモと出典</translation>
    </message>
    <message>
        <source>– not set (the median of the proposals is used)</source>
        <translation>– 未設定（提案の中央値を使用）</translation>
    </message>
    <message>
        <source>Proposals differ by {n}: check the notes before consolidating</source>
        <translation>提案の差が {n} あります。統合する前にメモを確認してください</translation>
    </message>
    <message>
        <source>Provisional: the median of the proposals, until you set a consolidated score</source>
        <translation>暫定：統合スコアを設定するまでは提案の中央値です</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation>（非公開）</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>話題にならず</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Consolidated ratings saved</source>
        <translation>統合評価を保存しました</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>&lt;b&gt;The 21 elements&lt;/b&gt;</source>
        <translation>&lt;b&gt;21の要素&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation>エビデンスの網羅状況</translation>
    </message>
    <message>
        <source>Helix groups interviewed</source>
        <translation>インタビューしたヘリックスの主体</translation>
    </message>
    <message>
        <source>Weakest elements</source>
        <translation>最も弱い要素</translation>
    </message>
    <message>
        <source>Recommended support</source>
        <translation>推奨される支援</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Domain</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Elements scored / with evidence / all</source>
        <translation>採点済み / エビデンスあり / 全要素</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>証拠不足（{n} 要素中 {k} 要素を採点）</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Overall {score} — {stage}</source>
        <translation>総合 {score} — {stage}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>{scored} of {total} elements scored, {evidenced} with evidence; {notes} evidence notes in all.</source>
        <translation>全 {total} 要素のうち {scored} 要素を採点、{evidenced} 要素にエビデンスあり。エビデンスメモは計 {notes} 件。</translation>
    </message>
    <message>
        <source>1 of them is still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>うち 1 要素はまだ暫定です（統合タブで * 印。評価が設定されるまではインタビューの提案の中央値）。</translation>
    </message>
    <message>
        <source>{n} of them are still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>うち {n} 要素はまだ暫定です（統合タブで * 印。評価が設定されるまではインタビューの提案の中央値）。</translation>
    </message>
    <message>
        <source>{mark} {group}: 1 interview</source>
        <translation>{mark} {group}：インタビュー 1 件</translation>
    </message>
    <message>
        <source>{mark} {group}: {n} interviews</source>
        <translation>{mark} {group}：インタビュー {n} 件</translation>
    </message>
    <message>
        <source>Not yet heard: {groups}.</source>
        <translation>まだ聞いていない主体：{groups}。</translation>
    </message>
    <message>
        <source>{number} {name}: {score}</source>
        <translation>{number} {name}：{score}</translation>
    </message>
    <message>
        <source>none scored yet</source>
        <translation>まだ採点された要素はありません</translation>
    </message>
    <message>
        <source>(elements {numbers})</source>
        <translation>（要素 {numbers}）</translation>
    </message>
    <message>
        <source>None yet: no element is scored.</source>
        <translation>まだありません：採点された要素がありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested scale-up:&lt;/b&gt; {name}. {reason}</source>
        <translation>&lt;b&gt;推奨されるスケールアップ：&lt;/b&gt;{name}。{reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>日付を空欄にする</translation>
    </message>
    <message>
        <source>Stored as “{text}”: pick a date to replace it</source>
        <translation>「{text}」として保存されています：日付を選ぶと置き換わります</translation>
    </message>
</context>
<context>
    <name>ElementBars</name>
    <message>
        <source>{score} (provisional)</source>
        <translation>{score}（暫定）</translation>
    </message>
    <message>
        <source>hatched outline: provisional (median of the interviews&apos; proposals)</source>
        <translation>斜線の枠：暫定値（インタビューの提案の中央値）</translation>
    </message>
    <message>
        <source>dashed stub: not scored</source>
        <translation>破線：未採点</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export field workbook</source>
        <translation>現地用ワークブックを書き出す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>パスワードで暗号化する</translation>
    </message>
    <message>
        <source>For workbooks sent by e-mail or carried on a USB stick: they hold the interview notes</source>
        <translation>メールで送る、または USB メモリで運ぶワークブック向け：インタビューのメモが含まれます</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for this password when the workbook is opened, and scfield asks for it when the workbook is imported. At least {n} characters. Tell it to the expert separately (by phone, say), never in the same e-mail.</source>
        <translation>Excel と LibreOffice はワークブックを開くときにこのパスワードを求め、scfield は取り込むときに求めます。{n} 文字以上。専門家には別の手段（電話など）で伝え、同じメールには決して書かないでください。</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>ワークブック:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>ワークブックの保存先を選んでください。</translation>
    </message>
    <message>
        <source>“{file}” already exists. Click Export again to replace it.</source>
        <translation>「{file}」はすでに存在します。置き換えるにはもう一度［書き出す］をクリックしてください。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>パスワードは {n} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to scfield</source>
        <translation>scfield へようこそ</translation>
    </message>
    <message>
        <source>Please type your name: it is recorded with every change you make.</source>
        <translation>お名前を入力してください。すべての変更に記録されます。</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h3&gt;Welcome to scfield&lt;/h3&gt;&lt;p&gt;Your name is recorded as the author of every change you make, so that the team can see who assessed what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;scfield へようこそ&lt;/h3&gt;&lt;p&gt;あなたの名前は、あなたが行うすべての変更の作成者として記録されます。誰が何を評価したかをチームで確認できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>お名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Aiko Tanaka</source>
        <translation>例：田中 愛子</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>イニシャル(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. AT</source>
        <translation>例：AT</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>どのように始めますか？</translation>
    </message>
    <message>
        <source>Load the demo: five sample assessments (three cities, one of them assessed again a year later, and a country) to look around</source>
        <translation>デモを読み込む：サンプル評価5件（3都市、うち1都市は1年後に再評価、および1か国）で操作を確認</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>空のデータベースで始める</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Interview:</source>
        <translation>インタビュー：</translation>
    </message>
    <message>
        <source>The elements of this interview: ✔ scored, – not discussed, ○ not yet done</source>
        <translation>このインタビューの要素：✔ 採点済み、– 話題にならず、○ 未実施</translation>
    </message>
    <message>
        <source>Progress by domain</source>
        <translation>領域ごとの進捗</translation>
    </message>
    <message>
        <source>Score (keys 0–4, N = not discussed; Alt+key while typing a note)</source>
        <translation>スコア（キー 0–4、N = 話題にならず。メモ入力中は Alt+キー）</translation>
    </message>
    <message>
        <source>Evidence no&amp;te:</source>
        <translation>エビデンスメモ(&amp;T):</translation>
    </message>
    <message>
        <source>What the interviewee said or showed (saved as you type)</source>
        <translation>インタビュー対象者が話したこと・示したもの（入力と同時に保存）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>document, page, web address, photo…</source>
        <translation>資料、ページ、URL、写真…</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>確度(&amp;F):</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Previous element (PageUp, Alt+Left, or Ctrl+Left outside a text box)</source>
        <translation>前の要素（PageUp、Alt+←、テキスト欄の外では Ctrl+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Next element (PageDown, Alt+Right, or Ctrl+Right outside a text box)</source>
        <translation>次の要素（PageDown、Alt+→、テキスト欄の外では Ctrl+→）</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>その間に別の場所で変更されたため、そのまま保持しました: {fields}。あなたの版は競合リストにあります。</translation>
    </message>
    <message>
        <source>interview guide: {who}, element {n:02d}</source>
        <translation>インタビューガイド: {who}、要素 {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>note</source>
        <translation>エビデンスメモ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Record an interview in the Interviews tab, then run it here.</source>
        <translation>「インタビュー」タブでインタビューを登録してから、ここで実施してください。</translation>
    </message>
    <message>
        <source>N  Not discussed</source>
        <translation>N  話題にならず</translation>
    </message>
    <message>
        <source>Key {key} (Alt+{key} while typing)</source>
        <translation>キー {key}（入力中は Alt+{key}）</translation>
    </message>
    <message>
        <source>The interview did not cover this element (it does not count in the scores).</source>
        <translation>このインタビューではこの要素を扱わなかった（スコアには含まれません）。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>This assessment is signed: the interview can be read, not changed.</source>
        <translation>この評価は署名済みです。インタビューは閲覧のみ可能で、変更できません。</translation>
    </message>
    <message>
        <source>{domain} domain</source>
        <translation>{domain} 領域</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guiding questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;ガイドとなる質問&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Element {i} of {n} in this interview</source>
        <translation>このインタビューの要素 {i} / {n}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>{time} にすべての変更を保存しました</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されていません：{reason}</translation>
    </message>
    <message>
        <source>Scored {score}</source>
        <translation>スコア {score}</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>話題にならず</translation>
    </message>
    <message>
        <source>Not yet done</source>
        <translation>未実施</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Imported workbooks</source>
        <translation>取り込んだワークブック</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>新しい内容なし</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>取り込み予定</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>取り込まず（キャンセル）</translation>
    </message>
    <message>
        <source>Not imported (no password)</source>
        <translation>取り込まず（パスワードなし）</translation>
    </message>
    <message>
        <source>{n} (+{known} earlier)</source>
        <translation>{n}（ほかに以前の {known} 件）</translation>
    </message>
    <message>
        <source>Workbooks imported: {n} of {total}.</source>
        <translation>取り込んだワークブック：{total} 件中 {n} 件。</translation>
    </message>
    <message>
        <source>Stopped by Cancel: {n} not imported — import them again when you are ready (the others will say nothing new).</source>
        <translation>キャンセルで停止：{n} 件は未取り込みです。準備ができたら再度取り込んでください（取り込み済みのものは「新しい内容なし」になります）。</translation>
    </message>
    <message>
        <source>Left out without their password: {n} — import them again when you have it.</source>
        <translation>パスワードがないため除外：{n} 件。パスワードが分かったら再度取り込んでください。</translation>
    </message>
    <message>
        <source>Nothing new in: {n}.</source>
        <translation>新しい内容なし：{n} 件。</translation>
    </message>
    <message>
        <source>Refused: {n} — nothing from them was written; the reasons are below.</source>
        <translation>拒否：{n} 件 — これらからは何も書き込まれていません。理由は下にあります。</translation>
    </message>
    <message>
        <source>New conflicts: {n} — the office values were kept until you decide (Review conflicts…).</source>
        <translation>新しい競合：{n} 件 — 決定するまで事務所の値を残しました（「競合を確認…」）。</translation>
    </message>
    <message>
        <source>This workbook is encrypted and its password was not given: nothing from it was written. Import it again with its password.</source>
        <translation>このワークブックは暗号化されており、パスワードが入力されなかったため、何も書き込まれていません。パスワードを入力して再度取り込んでください。</translation>
    </message>
    <message>
        <source>This workbook was refused and nothing from it was written, because:</source>
        <translation>このワークブックは拒否され、何も書き込まれていません。理由：</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Unchanged: {unchanged}. New conflicts: {conflicts}.</source>
        <translation>追加：{added}。更新：{updated}。変更なし：{unchanged}。新しい競合：{conflicts}。</translation>
    </message>
    <message>
        <source>Conflicts already recorded by an earlier import: {n}.</source>
        <translation>以前の取り込みで記録済みの競合：{n} 件。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>変更点：</translation>
    </message>
    <message>
        <source>The database was backed up before the import: {path}</source>
        <translation>取り込みの前にデータベースをバックアップしました：{path}</translation>
    </message>
</context>
<context>
    <name>ImportResultsForm</name>
    <message>
        <source>Workbook</source>
        <translation>ワークブック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details of the selected workbook&lt;/b&gt;</source>
        <translation>&lt;b&gt;選択したワークブックの詳細&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>競合を確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Decide, field by field, which value to keep</source>
        <translation>項目ごとに、どちらの値を残すか決めます</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>新しいインタビュー</translation>
    </message>
    <message>
        <source>Please give the interviewee&apos;s name.</source>
        <translation>インタビュー対象者の名前を入力してください。</translation>
    </message>
    <message>
        <source>Tick at least one element, or choose all 21.</source>
        <translation>要素を1つ以上チェックするか、21要素すべてを選んでください。</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>インタビュー対象者(&amp;I):</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役職(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. Director, Department of IT</source>
        <translation>例：情報システム部 部長</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属組織(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Helix group:</source>
        <translation>ヘリックスの主体(&amp;H):</translation>
    </message>
    <message>
        <source>Public sector, private sector, academia or citizens (the quadruple helix)</source>
        <translation>公共セクター、民間セクター、学術機関、市民のいずれか（クアドラプル・ヘリックス）</translation>
    </message>
    <message>
        <source>The interviewee &amp;consents to the interview being recorded</source>
        <translation>インタビュー対象者が記録に同意している(&amp;C)</translation>
    </message>
    <message>
        <source>Con&amp;fidential: keep notes out of shared reports</source>
        <translation>非公開(&amp;F)：共有レポートにメモを含めない</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P):</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>インタビュアー(&amp;V):</translation>
    </message>
    <message>
        <source>Elements to discuss</source>
        <translation>話し合う要素</translation>
    </message>
    <message>
        <source>&amp;All 21 elements</source>
        <translation>21要素すべて(&amp;A)</translation>
    </message>
    <message>
        <source>Only the elements &amp;ticked below:</source>
        <translation>下でチェックした要素のみ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>InterviewsForm</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>新しいインタビュー(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a new interview with its interviewee and consent</source>
        <translation>インタビュー対象者と同意の有無を添えて新しいインタビューを登録します</translation>
    </message>
    <message>
        <source>&amp;Open in the guide</source>
        <translation>ガイドで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Run the interview element by element (Enter or double-click)</source>
        <translation>要素ごとにインタビューを進めます（Enter またはダブルクリック）</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>インタビュー対象者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>ヘリックスの主体</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Elements noted</source>
        <translation>記録済みの要素</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No interviews yet. Record one with “New interview…”, then run it in the guide.</source>
        <translation>まだインタビューがありません。「新しいインタビュー…」で登録してから、ガイドで実施してください。</translation>
    </message>
    <message>
        <source>1 interview. It covers all {total} elements unless a subset was chosen.</source>
        <translation>インタビュー 1 件。一部を選ばない限り、{total} 要素すべてを扱います。</translation>
    </message>
    <message>
        <source>{n} interviews. Each covers all {total} elements unless a subset was chosen.</source>
        <translation>インタビュー {n} 件。一部を選んだ場合を除き、各インタビューは全 {total} 要素を扱います。</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>システムの既定（{language}）</translation>
    </message>
    <message>
        <source>Language of scfield:</source>
        <translation>scfield の表示言語：</translation>
    </message>
    <message>
        <source>The new language is used the next time scfield starts. Assessments, interview notes and workbooks are not changed.</source>
        <translation>新しい言語は次回 scfield を起動したときに適用されます。評価、インタビューのメモ、ワークブックは変更されません。</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>scfield</source>
        <translation>scfield</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新しい評価(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>新しい評価を始めます（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected assessment (Enter or double-click)</source>
        <translation>選択した評価を開きます（Enter またはダブルクリック）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected assessment; a backup is made first</source>
        <translation>選択した評価を削除します（先にバックアップを作成します）</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>使用中のデータベースファイル</translation>
    </message>
    <message>
        <source>Filter by title or place</source>
        <translation>タイトルまたは場所で絞り込み</translation>
    </message>
    <message>
        <source>Show one country only</source>
        <translation>1つの国だけを表示</translation>
    </message>
    <message>
        <source>Country-level or city-level assessments</source>
        <translation>国レベルまたは都市レベルの評価</translation>
    </message>
    <message>
        <source>Draft, signed or amended</source>
        <translation>下書き・署名済み・修正済み</translation>
    </message>
    <message>
        <source>Show assessments at one stage</source>
        <translation>1つのステージの評価を表示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search the evidence notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;エビデンスメモを検索&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Words from any note, in any language</source>
        <translation>任意のメモの語句（言語を問わず）</translation>
    </message>
    <message>
        <source>Searches every interview note and source (Ctrl+F)</source>
        <translation>すべてのインタビューメモと出典を検索します（Ctrl+F）</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the interview guide at that element</source>
        <translation>ダブルクリック（または Enter）でその要素のインタビューガイドを開きます</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>scfield — smart city assessments</source>
        <translation>scfield — スマートシティ評価</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>データベース：{path}</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべてのステージ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>ワークブックを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge returned field workbooks (you can also drop them on this window)</source>
        <translation>返送された現地用ワークブックを統合します（このウィンドウにドロップすることもできます）</translation>
    </message>
    <message>
        <source>Blank field &amp;template…</source>
        <translation>空の現地用テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <source>A workbook for starting an assessment in the field without the app</source>
        <translation>アプリなしで現地で評価を始めるためのワークブック</translation>
    </message>
    <message>
        <source>Office &amp;summary workbook…</source>
        <translation>事務所用サマリー・ワークブック(&amp;S)…</translation>
    </message>
    <message>
        <source>One workbook with the scores of every assessment</source>
        <translation>すべての評価のスコアをまとめた1つのワークブック</translation>
    </message>
    <message>
        <source>&amp;Reports for all assessments…</source>
        <translation>すべての評価のレポート(&amp;R)…</translation>
    </message>
    <message>
        <source>One PDF per assessment into a folder</source>
        <translation>評価ごとに1つの PDF をフォルダーに保存</translation>
    </message>
    <message>
        <source>&amp;Verify a printed report…</source>
        <translation>印刷されたレポートを検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a fingerprint code or a PDF against the signed record</source>
        <translation>フィンガープリントのコードまたは PDF を署名済みの記録と照合します</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>The copies of the database taken before each import, deletion and restore; put one back</source>
        <translation>取り込み・削除・復元の前に作成されたデータベースのコピー。その一つを元に戻せます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>評価(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新しい評価(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export field workbook…</source>
        <translation>現地用ワークブックを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected assessment as a workbook to fill in the field</source>
        <translation>選択した評価を、現地で記入するワークブックとして書き出します</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>競合(&amp;C)…</translation>
    </message>
    <message>
        <source>Values changed both in a returned workbook and in the office</source>
        <translation>返送されたワークブックと事務所の両方で変更された値</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>監査ログ(&amp;T)…</translation>
    </message>
    <message>
        <source>Who changed what in the selected assessment, when, why and from which workbook</source>
        <translation>選択した評価で、誰が何をいつ・なぜ・どのワークブックから変更したか</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>サマリーを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>The summary report of the selected assessment, with a preview</source>
        <translation>選択した評価のサマリーレポート（プレビュー付き）</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>署名(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the selected assessment as it is now and lock it</source>
        <translation>選択した評価を現在の内容で署名してロックします</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>修正(&amp;M)…</translation>
    </message>
    <message>
        <source>Unlock a signed assessment for changes, with a reason</source>
        <translation>理由を添えて署名済みの評価のロックを解除し、変更できるようにします</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>言語(&amp;L)…</translation>
    </message>
    <message>
        <source>Backup &amp;space…</source>
        <translation>バックアップの容量(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About scfield</source>
        <translation>scfield について(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Choosing the language is not available in this version of scfield.</source>
        <translation>このバージョンの scfield では言語を選択できません。</translation>
    </message>
    <message>
        <source>About scfield</source>
        <translation>scfield について</translation>
    </message>
    <message>
        <source>scfield {version}

Smart-city readiness assessments in the field, with JICA&apos;s Smart City Approach. Works offline; your data stays in the database file shown at the top right.</source>
        <translation>scfield {version}

JICA のスマートシティ・アプローチによる、現地でのスマートシティ準備度評価ツールです。オフラインで動作し、データは右上に表示されたデータベースファイルに保存されます。</translation>
    </message>
    <message>
        <source>No assessments yet. Click “New assessment…” to start one.</source>
        <translation>まだ評価がありません。「新しい評価…」をクリックして始めてください。</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>評価 1 件</translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation>評価 {n} 件</translation>
    </message>
    <message>
        <source>{shown} of {n} assessments match the filter</source>
        <translation>{n} 件中 {shown} 件の評価が条件に一致</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新しい評価</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>新しい評価のタイトル：</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>評価を削除</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its interviews, evidence and ratings?

A backup copy of the database is made first, so it can be recovered.</source>
        <translation>「{title}」を、そのすべてのインタビュー、エビデンス、評価とともに削除しますか？

先にデータベースのバックアップを作成するので、後で復元できます。</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>（データベースは空でした）</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>評価を削除しました</translation>
    </message>
    <message>
        <source>“{title}” was deleted. The backup made just before is:
{path}</source>
        <translation>「{title}」を削除しました。直前に作成したバックアップ：
{path}</translation>
    </message>
    <message>
        <source>{n} notes found. Double-click one to open it in its interview.</source>
        <translation>{n} 件のメモが見つかりました。ダブルクリックするとそのインタビューで開きます。</translation>
    </message>
    <message>
        <source>No evidence note contains that text.</source>
        <translation>その語句を含むエビデンスメモはありません。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Digital signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>You signed “{title}”: type the passphrase of your signing key to put your digital signature on the PDF, which any PDF reader can check. Leave it empty to save the PDF without a digital signature.</source>
        <translation>あなたは「{title}」に署名しました。署名鍵のパスフレーズを入力すると、PDF に電子署名が付き、どの PDF リーダーでも検証できます。空欄のままにすると、電子署名なしで PDF を保存します。</translation>
    </message>
    <message>
        <source>passphrase of your signing key</source>
        <translation>署名鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>e.g. Da Nang smart city readiness 2025</source>
        <translation>例：ダナン市 スマートシティ準備度 2025</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>都市(&amp;Y):</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>レベル(&amp;V):</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>チーム(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>報告書の言語(&amp;R):</translation>
    </message>
    <message>
        <source>Pop&amp;ulation:</source>
        <translation>人口(&amp;U):</translation>
    </message>
    <message>
        <source>Econo&amp;my:</source>
        <translation>経済(&amp;M):</translation>
    </message>
    <message>
        <source>Existi&amp;ng assets:</source>
        <translation>既存の資産(&amp;N):</translation>
    </message>
    <message>
        <source>Imp&amp;lementing entities:</source>
        <translation>実施主体(&amp;L):</translation>
    </message>
    <message>
        <source>Ot&amp;her conditions:</source>
        <translation>その他の条件(&amp;H):</translation>
    </message>
    <message>
        <source>empty for a country-level assessment</source>
        <translation>国レベルの評価では空欄</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>終了日(&amp;E):</translation>
    </message>
    <message>
        <source>names and organisations of the assessors</source>
        <translation>評価者の氏名と所属</translation>
    </message>
    <message>
        <source>The signed summary and the field workbook&apos;s instructions are written in this language. Workbooks in any language import in any office.</source>
        <translation>署名済みサマリーと現地用ワークブックの説明はこの言語で作成されます。どの言語のワークブックも、どの事務所でも取り込めます。</translation>
    </message>
    <message>
        <source>main industries, growth, budget</source>
        <translation>主要産業、成長、予算</translation>
    </message>
    <message>
        <source>data platforms, sensors, systems already in place</source>
        <translation>導入済みのデータ基盤、センサー、システム</translation>
    </message>
    <message>
        <source>who would implement smart city projects</source>
        <translation>スマートシティ事業を実施する主体</translation>
    </message>
    <message>
        <source>anything else about the city</source>
        <translation>都市に関するその他の情報</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>変更は自動的に保存されます。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{code} (printed in English)</source>
        <translation>{code}（英語で印刷）</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>{score} ({k} of {n} scored)</source>
        <translation>{score}（{n} 要素中 {k} 要素を採点）</translation>
    </message>
    <message>
        <source>dashed grey: {earlier}; blue: {later}</source>
        <translation>灰色の破線：{earlier}、青：{later}</translation>
    </message>
    <message>
        <source>○ too few elements scored for a stage</source>
        <translation>○ ステージ判定には採点済み要素が不足</translation>
    </message>
    <message>
        <source>gap: domain not scored (not drawn at 0)</source>
        <translation>途切れ：未採点の領域（0 には描かない）</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preparing the summary report</source>
        <translation>サマリーレポートを準備しています</translation>
    </message>
    <message>
        <source>Assessment signed</source>
        <translation>評価に署名しました</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}. The assessment is now locked.

Fingerprint: {code}</source>
        <translation>{date} に {who} が署名しました。評価はロックされました。

フィンガープリント：{code}</translation>
    </message>
    <message>
        <source>Assessment amended</source>
        <translation>評価を修正しました</translation>
    </message>
    <message>
        <source>The assessment can be edited again and prints as DRAFT until it is signed again. The signed version ({codes}) stays in the history.</source>
        <translation>評価は再び編集でき、再度署名されるまで「下書き」として印刷されます。署名済みの版（{codes}）は履歴に残ります。</translation>
    </message>
    <message>
        <source>Folder for the reports of all assessments</source>
        <translation>すべての評価のレポートを保存するフォルダー</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>レポートを書き出しています</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>報告書 1 件を {folder} に書き出しました</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} 件のレポートを {folder} に書き出しました</translation>
    </message>
    <message>
        <source>Some text the PDF cannot print was replaced by a marker in:</source>
        <translation>PDF で印刷できない文字を記号に置き換えた箇所：</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>レポートを書き出しました</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on paper with the system&apos;s print dialog (Ctrl+P)</source>
        <translation>システムの印刷ダイアログで紙に印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>署名(&amp;G)…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>評価を現在の内容で署名してロックします</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>修正(&amp;A)…</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>理由を添えて署名済みの評価のロックを解除します</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>ページ全体(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Summary report — {title}</source>
        <translation>サマリーレポート — {title}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>draft (printed with a DRAFT watermark until it is signed)</source>
        <translation>下書き（署名されるまで「DRAFT」の透かし入りで印刷）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} pages · {state} · fingerprint {code}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} ページ · {state} · フィンガープリント {code}</translation>
    </message>
    <message>
        <source>Some text cannot be printed in this PDF and was replaced by a marker: {what}</source>
        <translation>この PDF では印刷できない文字があり、記号に置き換えました：{what}</translation>
    </message>
    <message>
        <source>Report language: {language} (chosen in the assessment&apos;s Profile tab).</source>
        <translation>報告書の言語：{language}（評価の「プロファイル」タブで選択）。</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>レポートを保存しました：{path}</translation>
    </message>
</context>
<context>
    <name>RoadmapDialog</name>
    <message>
        <source>Roadmap for the summary</source>
        <translation>サマリーのロードマップ</translation>
    </message>
    <message>
        <source>&amp;Continue to the preview</source>
        <translation>プレビューへ進む(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Signatories…</source>
        <translation>署名者(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>RoadmapForm</name>
    <message>
        <source>The summary ends with a roadmap: what the city (or country) and its partners do next. Write or correct it before printing; it is saved with the assessment. Leave a box empty to print “not written”.</source>
        <translation>サマリーの最後にはロードマップ（都市または国とパートナーが次に行うこと）が入ります。印刷する前に記入・修正してください。評価とともに保存されます。空欄のままにすると「未記入」と印刷されます。</translation>
    </message>
    <message>
        <source>This assessment is signed: the roadmap is shown as it was signed and cannot be changed unless the assessment is amended.</source>
        <translation>この評価は署名済みです。ロードマップは署名時のまま表示され、評価を修正しない限り変更できません。</translation>
    </message>
    <message>
        <source>&amp;Short term (the next year):</source>
        <translation>短期（今後1年）(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Medium term (two to five years):</source>
        <translation>中期（2～5年）(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Long term (beyond five years):</source>
        <translation>長期（5年超）(&amp;L):</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the assessment</source>
        <translation>評価に署名</translation>
    </message>
    <message>
        <source>Sign “{title}” as it is now. Signing records your name, the time and the fingerprint of the content, and locks the assessment: nothing can be changed unless it is amended with a reason. A second person may sign the same version.</source>
        <translation>「{title}」を現在の内容で署名します。署名するとあなたの名前、日時、内容のフィンガープリントが記録され、評価はロックされます。理由を添えて修正しない限り、何も変更できません。同じ版に2人目が署名することもできます。</translation>
    </message>
    <message>
        <source>You sign with your key: on first signing scfield makes your key and a self-signed certificate and keeps them on this computer, protected by the passphrase (at least 8 characters; it cannot be recovered). Or choose your organisation&apos;s key file and type its passphrase.</source>
        <translation>署名には自分の鍵を使います。初回の署名時に scfield が鍵と自己署名証明書を作成し、パスフレーズ(8 文字以上。再発行はできません)で保護してこのコンピューターに保管します。組織の鍵ファイルを選び、そのパスフレーズを入力することもできます。</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>署名してロック(&amp;S)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s key file</source>
        <translation>組織の鍵ファイル</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>PKCS#12 鍵ファイル (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役職(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. Team Leader, Deputy Director</source>
        <translation>例：チームリーダー、副局長</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属組織(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. JICA, Da Nang People&apos;s Committee</source>
        <translation>例：JICA、ダナン市人民委員会</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>protects your signing key</source>
        <translation>署名鍵を保護します</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>optional: your organisation&apos;s PKCS#12 file (.p12)</source>
        <translation>任意: 組織の PKCS#12 ファイル (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories of the summary</source>
        <translation>サマリーの署名者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation>署名の立場</translation>
    </message>
    <message>
        <source>Counterpart (the city&apos;s or country&apos;s side)</source>
        <translation>カウンターパート（都市または国の側）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>カウンターパート</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>{what} written: {path}</source>
        <translation>{what} を書き出しました：{path}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the field workbook</source>
        <translation>現地用ワークブックを書き出しています</translation>
    </message>
    <message>
        <source>Field workbook</source>
        <translation>現地用ワークブック</translation>
    </message>
    <message>
        <source>Encrypted field workbook</source>
        <translation>暗号化した現地用ワークブック</translation>
    </message>
    <message>
        <source>Field workbook written</source>
        <translation>現地用ワークブックを書き出しました</translation>
    </message>
    <message>
        <source>The field workbook was written to:
{path}</source>
        <translation>現地用ワークブックの書き出し先：
{path}</translation>
    </message>
    <message>
        <source>Blank field template</source>
        <translation>空の現地用テンプレート</translation>
    </message>
    <message>
        <source>scfield field template.xlsx</source>
        <translation>scfield 現地用テンプレート.xlsx</translation>
    </message>
    <message>
        <source>Office summary workbook</source>
        <translation>事務所用サマリー・ワークブック</translation>
    </message>
    <message>
        <source>scfield office summary.xlsx</source>
        <translation>scfield 事務所用サマリー.xlsx</translation>
    </message>
    <message>
        <source>Writing the office summary</source>
        <translation>事務所用サマリーを書き出しています</translation>
    </message>
    <message>
        <source>Import returned field workbooks</source>
        <translation>返送された現地用ワークブックを取り込む</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ワークブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing {n} workbooks</source>
        <translation>{n} 件のワークブックを取り込んでいます</translation>
    </message>
    <message>
        <source>No assessment selected</source>
        <translation>評価が選択されていません</translation>
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation>先に一覧から評価を選択してください。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed report</source>
        <translation>印刷されたレポートを検証</translation>
    </message>
    <message>
        <source>Choose the PDF report</source>
        <translation>PDF レポートを選択</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Type the fingerprint code first, or choose a PDF.</source>
        <translation>先にフィンガープリントのコードを入力するか、PDF を選択してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Cannot check it</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>It matches the signed record.</source>
        <translation>署名済みの記録と一致します。</translation>
    </message>
    <message>
        <source>Its code names a signed record, but this PDF is not digitally signed: nothing shows its pages are the ones signed.</source>
        <translation>コードは署名済みの記録を示していますが、このPDFにはデジタル署名がありません。ページが署名されたものと同じであることは確認できません。</translation>
    </message>
    <message>
        <source>It does not match a signed record.</source>
        <translation>署名済みの記録と一致しません。</translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>Type the fingerprint printed in the footer of a report page (for example 3F2A-91C0-77DE-0B14), or choose the PDF file. scfield says whether it matches a signed assessment in this database, and what changed if it does not.</source>
        <translation>レポートのページ下部に印刷されたフィンガープリント（例：3F2A-91C0-77DE-0B14）を入力するか、PDF ファイルを選択してください。このデータベースの署名済みの評価と一致するか、一致しない場合は何が変わったかを scfield が示します。</translation>
    </message>
    <message>
        <source>Fingerprint code or PDF file</source>
        <translation>フィンガープリントのコードまたは PDF ファイル</translation>
    </message>
    <message>
        <source>Choose &amp;PDF…</source>
        <translation>PDF を選択(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
</context>
<context>
    <name>WorkbookPasswordDialog</name>
    <message>
        <source>Encrypted workbook</source>
        <translation>暗号化されたワークブック</translation>
    </message>
    <message>
        <source>“{file}” is encrypted. Type its password to import it, or Cancel to leave this workbook out.</source>
        <translation>「{file}」は暗号化されています。取り込むにはパスワードを入力してください。このワークブックを除外するには［キャンセル］を押してください。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Type the password (or Cancel).</source>
        <translation>パスワードを入力してください（または［キャンセル］）。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>パスワードを確認しています…</translation>
    </message>
    <message>
        <source>The password for “{file}” is wrong. Try again, or Cancel to leave this workbook out.</source>
        <translation>「{file}」のパスワードが違います。もう一度入力するか、［キャンセル］でこのワークブックを除外してください。</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>インタビュー(&amp;I)</translation>
    </message>
    <message>
        <source>Interview &amp;guide</source>
        <translation>インタビューガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>統合(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{path}: the window layout cannot be read ({problem})</source>
        <translation>{path}: ウィンドウのレイアウトを読み込めません（{problem}）</translation>
    </message>
    <message>
        <source>{path}: the file is missing; reinstall scfield</source>
        <translation>{path}: ファイルがありません。scfield を再インストールしてください</translation>
    </message>
</context>
</TS>
