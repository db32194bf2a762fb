-- 窗口经办员 and 审核员 look units up in 单位综合查询 (W24) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'unit.read')
WHERE "code" IN ('clerk', 'reviewer') AND NOT ('unit.read' = ANY("rights"));
