-- 窗口经办员 and 审核员 review applications (初审、复审、复核) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'application.review')
WHERE "code" IN ('clerk', 'reviewer') AND NOT ('application.review' = ANY("rights"));
