-- 附件 of any document the office handles, 发文 or 收文 (a scan of a paper document, the files that came with it):
-- the table of the 发文's 附件 becomes the table of every document's, keyed by the document's id alone.
alter table dispatch_attachment rename to document_attachment;
alter table document_attachment rename column dispatch_id to document_id;
alter table document_attachment drop constraint dispatch_attachment_dispatch_id_fkey;
alter table document_attachment rename constraint dispatch_attachment_pkey to document_attachment_pkey;
