-- 窗口经办员 register and withdraw 个人账户清退 (W26) in their pooling regions; 审核 is application.review.
UPDATE "roles" SET "rights" = array_append("rights", 'account.withdraw')
WHERE "code" = 'clerk' AND NOT ('account.withdraw' = ANY("rights"));
